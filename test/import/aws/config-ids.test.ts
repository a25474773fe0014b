import { slugOf } from '../../../lib/import/aws/config-ids';

describe('slugOf: config ids from AWS display names', () => {
  test.each([
    ['AdministratorAccess', 'administrator-access'],
    ['AWSReadOnly', 'aws-read-only'],
    ['Workloads Non-Prod', 'workloads-non-prod'],
    ['  --Data_Lake.v2--  ', 'data-lake-v2'],
    ['ÉÉÉ', 'unnamed'],
  ])('%s → %s', (name, id) => expect(slugOf(name)).toBe(id));

  test('cut to the limit without a trailing dash', () => {
    expect(slugOf('PowerUserAccessForTheWholePlatformTeam', 32)).toBe('power-user-access-for-the-whole');
  });
});
