import { InvalidPinnedDayError, today } from '../../lib/model/calendar-date';
import { describeExpiry } from '../../lib/model/elevation';
import {
  canonicalInstant,
  InvalidPinnedInstantError,
  isInstant,
  now,
  showTimeLeft,
} from '../../lib/model/instant';

describe('instants', () => {
  test.each([
    ['2026-12-03T18:00Z', true],
    ['2026-12-03T18:00:30Z', true],
    ['2026-12-03T24:00Z', false],
    ['2026-02-30T18:00Z', false],
    ['2026-12-03T18:00', false],
    ['2026-12-03T18:00+01:00', false],
    ['2026-12-03', false],
  ])('%s is an instant: %s', (text, ok) => {
    expect(isInstant(text)).toBe(ok);
  });

  test('canonical form, to the second', () => {
    expect(canonicalInstant('2026-12-03T18:00Z')).toBe('2026-12-03T18:00:00Z');
  });

  test('time left, rounded down to the minute', () => {
    expect([4 * 3600e3, 5400e3, 45 * 60e3 + 59e3, 27 * 3600e3, 30e3].map(showTimeLeft)).toEqual([
      '4 h',
      '1 h 30 min',
      '45 min',
      '1 d 3 h',
      'less than a minute',
    ]);
  });

  test('how a plan shows an end: same day, another day, passed', () => {
    expect(describeExpiry('2026-12-03T18:00:00Z', '2026-12-03T14:00:00Z')).toBe(
      'expires in 4 h (at 18:00 UTC)',
    );
    expect(describeExpiry('2026-12-04T02:00:00Z', '2026-12-03T22:00:00Z')).toBe(
      'expires in 4 h (at 2026-12-04 02:00 UTC)',
    );
    expect(describeExpiry('2026-12-03T18:00:00Z', '2026-12-03T18:00:00Z')).toBe('ended at 18:00 UTC');
  });

  test('now: BLUEPRINT_NOW, else the start of BLUEPRINT_TODAY, else the clock; BLUEPRINT_NOW pins the day too', () => {
    expect(now({ BLUEPRINT_NOW: '2026-12-03T14:00Z' })).toBe('2026-12-03T14:00:00Z');
    expect(now({ BLUEPRINT_TODAY: '2026-12-03' })).toBe('2026-12-03T00:00:00Z');
    expect(now({}, () => Date.parse('2026-12-03T14:00:07.250Z'))).toBe('2026-12-03T14:00:07Z');
    expect(today({ BLUEPRINT_NOW: '2026-12-03T14:00Z' })).toBe('2026-12-03');
    expect(() => now({ BLUEPRINT_NOW: 'tomorrow' })).toThrow(new InvalidPinnedInstantError('tomorrow'));
    expect(() => today({ BLUEPRINT_TODAY: 'x' })).toThrow(InvalidPinnedDayError);
  });
});
