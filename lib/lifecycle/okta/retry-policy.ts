// How long to wait before retrying an Okta request, as a pure function of what came back.
// 429 with X-Rate-Limit-Reset: wait until the reset (by Okta's own clock, from the Date
// header) plus jitter, capped. 429 without it, 5xx, timeouts and connection errors:
// exponential backoff with full jitter, capped. Every kind has a bounded number of attempts.

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  readonly maxAttempts: number;
  /** Each attempt is abandoned after this long (then retried like a 5xx). */
  readonly attemptTimeoutMs: number;
  /** First backoff ceiling for 5xx, timeouts and 429 without a reset header; doubles per attempt. */
  readonly baseDelayMs: number;
  /** Ceiling of any backoff. */
  readonly maxDelayMs: number;
  /** Longest single wait for a rate-limit window to reset. */
  readonly maxRateLimitWaitMs: number;
  /** Random extra wait after a rate-limit reset, so parallel workers do not stampede. */
  readonly rateLimitJitterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  attemptTimeoutMs: 15_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRateLimitWaitMs: 65_000,
  rateLimitJitterMs: 1_000,
};

/** When the rate-limit window resets, and what time the server said it was: both by Okta's clock. */
export interface RateLimitReset {
  readonly atMs: number;
  readonly serverNowMs: number;
}

export type AttemptOutcome =
  | { readonly kind: 'rate-limited'; readonly reset?: RateLimitReset }
  | { readonly kind: 'server-error'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network-error'; readonly code: string };

/**
 * Milliseconds to wait before the next attempt, or undefined when no attempt is left.
 * `attempt` is the 1-based number of the attempt that just failed; `random` is in [0, 1).
 */
export function retryDelayMs(
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  if (outcome.kind === 'rate-limited' && outcome.reset !== undefined) {
    return resetWaitMs(outcome.reset, policy, random);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Wait until a rate-limit window resets (by the server's clock), plus jitter, capped. */
export function resetWaitMs(reset: RateLimitReset, policy: RetryPolicy, random: () => number): number {
  // X-Rate-Limit-Reset and Date both have one-second resolution: allow for the rounding.
  const untilReset = Math.max(0, reset.atMs - reset.serverNowMs) + 1_000;
  return Math.min(policy.maxRateLimitWaitMs, untilReset + Math.floor(random() * policy.rateLimitJitterMs));
}
