import { durationDays, durationSeconds } from '../../lib/model/duration';

describe('durationSeconds', () => {
  test.each([
    ['PT8H', 8 * 3600],
    ['PT1H30M', 5400],
    ['P30D', 30 * 86400],
    ['P1W', 7 * 86400],
    ['P1Y', 365 * 86400],
    ['P6M', 180 * 86400],
    ['P1DT12H', 36 * 3600],
  ])('%s = %d s', (text, seconds) => expect(durationSeconds(text)).toBe(seconds));

  test.each(['', 'P', 'PT', '8h', 'PT8', 'P1H', '1D', 'P-1D', 'PT1.5H'])('%j is not a duration', (text) =>
    expect(durationSeconds(text)).toBeUndefined(),
  );

  test('days round up', () => expect(durationDays('PT36H')).toBe(2));
});
