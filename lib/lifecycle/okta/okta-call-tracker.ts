// Which Okta requests a piece of work made: the request executor notes each response's
// X-Okta-Request-Id in the async context of the call that caused it, so an audit record
// can cite the exact Okta requests behind a change (even when calls run concurrently).
// Contexts nest: an id is noted in every enclosing one.
import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<readonly string[][]>();

export async function withRequestIds<T>(work: () => Promise<T>): Promise<{ value: T; requestIds: string[] }> {
  const requestIds: string[] = [];
  const value = await context.run([...(context.getStore() ?? []), requestIds], work);
  return { value, requestIds };
}

export function noteRequestId(requestId: string | null | undefined): void {
  if (requestId) for (const ids of context.getStore() ?? []) ids.push(requestId);
}
