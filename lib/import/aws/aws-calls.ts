// How the import calls AWS: every call retried on throttling and server errors with the
// lifecycle's retry policy (exponential backoff with full jitter, capped, a bounded number of
// attempts; lib/lifecycle/okta/retry-policy.ts), and every list call followed through its
// NextToken to the last page. The SDK clients are built with maxAttempts 1, so this is the
// only retry layer and the policy is the whole story.
import type { Clock } from '../../lifecycle/clock';
import {
  type AttemptOutcome,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  retryDelayMs,
} from '../../lifecycle/okta/retry-policy';

export interface CallOptions {
  readonly clock: Clock;
  readonly policy?: RetryPolicy;
  /** In [0, 1). @default Math.random */
  readonly random?: () => number;
  /** Counts calls and retries, for the summary. */
  readonly stats?: CallStats;
}

export interface CallStats {
  calls: number;
  retries: number;
}

/** AWS's names for "slow down" (Identity Center: 20 TPS; Organizations: a few per second). */
const THROTTLING = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequestsError',
]);

interface AwsErrorLike {
  readonly name?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $retryable?: { readonly throttling?: boolean };
}

/** What an error means for a retry, or undefined when retrying cannot help. */
export function retryableOutcome(error: unknown): AttemptOutcome | undefined {
  const e = (error ?? {}) as AwsErrorLike;
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING.has(e.name ?? '') || e.$retryable?.throttling === true || status === 429)
    return { kind: 'rate-limited' };
  if (e.name === 'InternalServerException' || e.name === 'ServiceUnavailableException')
    return { kind: 'server-error', status: status ?? 500 };
  if (status !== undefined && status >= 500) return { kind: 'server-error', status };
  return undefined;
}

/** Runs `call`, retrying what the policy allows; rethrows the last error when attempts run out. */
export async function withRetry<T>(call: () => Promise<T>, options: CallOptions): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    if (options.stats) options.stats.calls++;
    try {
      return await call();
    } catch (error) {
      const outcome = retryableOutcome(error);
      const delay = outcome && retryDelayMs(outcome, attempt, policy, random);
      if (delay === undefined) throw error;
      if (options.stats) options.stats.retries++;
      await options.clock.sleep(delay);
    }
  }
}

/** Every item of a paged list call, in the order AWS returns them. */
export async function allPages<Page extends { NextToken?: string }, Item>(
  fetch: (nextToken: string | undefined) => Promise<Page>,
  items: (page: Page) => readonly Item[] | undefined,
  options: CallOptions,
): Promise<Item[]> {
  const all: Item[] = [];
  let token: string | undefined;
  do {
    const page = await withRetry(() => fetch(token), options);
    all.push(...(items(page) ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}

/** Runs `f` over `items` with at most `limit` in flight (Identity Center allows 20 TPS). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
