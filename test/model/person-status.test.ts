import { personStatus } from '../../lib/model/person-status';

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
