import { policyReferences } from '../../lib/aws/permission-sets';

describe('policyReferences', () => {
  test('attaches AWS managed policies by ARN and references customer managed ones by name and path', () => {
    expect(
      policyReferences([
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
        'arn:aws:iam::aws:policy/job-function/Billing',
        'arn:aws:iam::123456789012:policy/DataLakeRead',
        'arn:aws:iam::123456789012:policy/teams/data/DataLakeWrite',
      ]),
    ).toEqual({
      managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/job-function/Billing'],
      customer: [
        { name: 'DataLakeRead', path: '/' },
        { name: 'DataLakeWrite', path: '/teams/data/' },
      ],
    });
  });

  test('rejects what is not a policy ARN', () => {
    expect(() => policyReferences(['ReadOnlyAccess'])).toThrow(
      'expected an IAM policy ARN, got "ReadOnlyAccess"',
    );
  });
});
