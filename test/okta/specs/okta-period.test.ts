// Durations in the whole-hour or whole-minute ISO-8601 form Okta's policy rules accept.
import { oktaPeriod } from '../../../lib/okta/specs/okta-period';

describe('oktaPeriod', () => {
  test.each([
    ['PT12H', 'PT12H'],
    ['P1D', 'PT24H'],
    ['PT90M', 'PT90M'],
    ['PT15M', 'PT15M'],
  ])('oktaPeriod(%s) = %s', (duration, period) => {
    expect(oktaPeriod(duration)).toBe(period);
  });
});
