import fc from 'fast-check';
import { personStatus, personStatusOn } from '../../lib/model/person-status';

describe('personStatus: staged → active → suspended → deprovisioned', () => {
  const dates = { start: '2026-12-01', end: '2027-03-31' };
  test.each([
    ['2026-11-30', 0, 'staged'],
    ['2026-11-28', 3, 'active'],
    ['2026-12-01', 0, 'active'],
    ['2027-03-31', 0, 'active'],
    ['2027-04-01', 0, 'suspended'],
    ['2027-04-30', 0, 'suspended'],
    ['2027-05-01', 0, 'deprovisioned'],
  ])('on %s (lead %d days): %s', (day, lead, status) =>
    expect(personStatus(dates, day, lead, 30)).toBe(status),
  );

  test('no end date stays active', () =>
    expect(personStatus({ start: '2020-01-01' }, '2040-01-01', 0, 30)).toBe('active'));
});

describe('personStatusOn: personStatus with its dates computed once per day', () => {
  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  test('agrees with personStatus on every day, start, end, lead and grace period', () =>
    fc.assert(
      fc.property(
        day,
        day,
        fc.option(day, { nil: undefined }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        (today, start, end, lead, grace) => {
          const dates = end === undefined ? { start } : { start, end };
          expect(personStatusOn(today, lead, grace)(dates)).toBe(personStatus(dates, today, lead, grace));
        },
      ),
      { numRuns: 2000 },
    ));

  test('around the edges: a day either side of staging, the end and the grace period', () => {
    const on = (today: string) => personStatusOn(today, 3, 30)({ start: '2026-12-01', end: '2027-03-31' });
    expect(
      ['2026-11-27', '2026-11-28', '2027-03-31', '2027-04-01', '2027-04-30', '2027-05-01'].map(on),
    ).toEqual(['staged', 'active', 'active', 'suspended', 'suspended', 'deprovisioned']);
  });
});
