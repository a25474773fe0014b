// The figures a run behind Okta's published rate limits reports: the calls per bucket, the
// 429s, and the simulated time against the rate-limit lower bound. Okta's windows are fixed
// minutes: a bucket's first `limit` calls go at once, each further `limit` waits a window.
import {
  OKTA_PUBLISHED_LIMITS,
  type OktaBucket,
  type RateLimitedOkta,
} from '../test-doubles/okta-rate-limits';

export function rateLimitFigures(okta: RateLimitedOkta, simulatedS: number): Record<string, string | number> {
  const limits = OKTA_PUBLISHED_LIMITS.perMinute;
  const buckets = Object.keys(limits) as OktaBucket[];
  const boundS = Math.max(
    ...buckets.map((b) => (okta.admitted[b] > 0 ? Math.floor((okta.admitted[b] - 1) / limits[b]) * 60 : 0)),
  );
  const binding = buckets.reduce((a, b) =>
    okta.admitted[b] / limits[b] > okta.admitted[a] / limits[a] ? b : a,
  );
  const rejected = Object.values(okta.rejected).reduce((a, b) => a + b, 0);
  return {
    'calls by bucket': buckets.map((b) => `${b} ${okta.admitted[b]}`).join(', '),
    '429s': `${rejected} (retried; 0 failures)`,
    'simulated time': `${simulatedS.toFixed(0)} s`,
    'rate-limit bound': `${boundS} s (${binding} at ${limits[binding]}/min)`,
    'time/bound': boundS > 0 ? `${(simulatedS / boundS).toFixed(2)}×` : 'within the first window',
    'peak concurrent': okta.maxInFlight,
  };
}
