import { DEFAULT_RETRY_POLICY, resetWaitMs, retryDelayMs } from '../../../lib/lifecycle/okta/retry-policy';

const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 4_000 };
const half = () => 0.5;
const max = () => 0.999;

describe('retryDelayMs', () => {
  test('429 with a reset: until the reset by the server clock, plus a second of rounding and the jitter', () => {
    const reset = { atMs: 60_000, serverNowMs: 45_000 };
    expect(retryDelayMs({ kind: 'rate-limited', reset }, 1, policy, half)).toBe(15_000 + 1_000 + 500);
  });

  test('429 with a reset already past: only rounding and jitter', () => {
    expect(
      retryDelayMs(
        { kind: 'rate-limited', reset: { atMs: 10_000, serverNowMs: 12_000 } },
        1,
        policy,
        () => 0,
      ),
    ).toBe(1_000);
  });

  test('429 with a far reset: capped', () => {
    const reset = { atMs: 600_000, serverNowMs: 0 };
    expect(retryDelayMs({ kind: 'rate-limited', reset }, 1, policy, half)).toBe(policy.maxRateLimitWaitMs);
  });

  test.each([
    [{ kind: 'rate-limited' as const }, 'a 429 without reset'],
    [{ kind: 'server-error' as const, status: 503 }, 'a 5xx'],
    [{ kind: 'timeout' as const }, 'a timeout'],
    [{ kind: 'network-error' as const, code: 'ECONNRESET' }, 'a dropped connection'],
  ])('%j (%s): full jitter under a ceiling that doubles per attempt, capped', (outcome, _what) => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(outcome, attempt, policy, max))).toEqual([
      499, 999, 1_998, 3_996,
    ]);
    expect(retryDelayMs(outcome, 4, { ...policy, maxAttempts: 9, maxDelayMs: 3_000 }, max)).toBe(2_997);
    expect(retryDelayMs(outcome, 2, policy, () => 0)).toBe(0);
  });

  test('no delay (give up) once the attempts are used up, whatever the outcome', () => {
    expect(retryDelayMs({ kind: 'timeout' }, 5, policy, half)).toBeUndefined();
    expect(
      retryDelayMs({ kind: 'rate-limited', reset: { atMs: 1, serverNowMs: 0 } }, 5, policy, half),
    ).toBeUndefined();
  });
});

test('resetWaitMs never goes below the rounding allowance', () => {
  expect(resetWaitMs({ atMs: 0, serverNowMs: 5_000 }, policy, () => 0)).toBe(1_000);
});
