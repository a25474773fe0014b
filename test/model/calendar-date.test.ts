import { addDays, daysBetween, isCalendarDate, today } from '../../lib/model/calendar-date';

describe('calendar dates', () => {
  test.each(['2026-02-28', '2024-02-29', '2026-12-31'])('%s is a date', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  test.each(['2026-02-29', '2026-13-01', '2026-1-1', '26-01-01', '2026-01-01T00:00:00Z'])('%s is not', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
  test('arithmetic crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-23', '2027-02-21')).toBe(90);
  });
  test('BLUEPRINT_TODAY pins today', () =>
    expect(today({ BLUEPRINT_TODAY: '2030-01-02' })).toBe('2030-01-02'));
  test('a malformed BLUEPRINT_TODAY is an error, not silently ignored', () =>
    expect(() => today({ BLUEPRINT_TODAY: '2030-13-01' })).toThrow(
      'BLUEPRINT_TODAY must be a date like 2026-12-31, got "2030-13-01"',
    ));
  test('without BLUEPRINT_TODAY it is the current UTC day', () =>
    expect(today({})).toBe(new Date().toISOString().slice(0, 10)));
});
