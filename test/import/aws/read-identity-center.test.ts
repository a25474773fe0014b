// Reading Identity Center and the organization through the SDK against the local double: every
// page followed, throttling retried with the lifecycle's backoff, and a throttle that outlasts
// the policy surfaces as the error it is.

import { resolve } from 'node:path';
import { ListPermissionSetsCommand, SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { mockClient } from 'aws-sdk-client-mock';
import { readIdentityCenter } from '../../../lib/import/aws/read-identity-center';
import type { IdentityCenterSnapshot } from '../../../lib/import/aws/snapshot';
import { DEFAULT_RETRY_POLICY } from '../../../lib/lifecycle/okta/retry-policy';
import { checkOrg } from '../../../lib/policy/check-org';
import { TODAY } from '../../support/config-case';
import { identityCenterDouble, snapshotOfModel, virtualClock } from './support/identity-center-double';

const model = checkOrg(resolve(__dirname, '../../../config'), { today: TODAY }).model!;
const snapshot = snapshotOfModel(model);

/** Order-free form: the reader sorts by ARN and account, the double by config order. */
function normalized(s: IdentityCenterSnapshot) {
  const text = (x: unknown) => JSON.stringify(x);
  return {
    ...s,
    permissionSets: [...s.permissionSets]
      .map((p) => ({ ...p, managedPolicyArns: [...p.managedPolicyArns].sort() }))
      .sort((a, b) => a.arn.localeCompare(b.arn)),
    assignments: [...s.assignments].sort((a, b) => text(a).localeCompare(text(b))),
    groups: [...s.groups].sort(),
    users: [...s.users].sort(),
    organization: {
      ...s.organization,
      ous: [...s.organization.ous].sort((a, b) => a.ouId.localeCompare(b.ouId)),
      accounts: [...s.organization.accounts].sort((a, b) => a.accountId.localeCompare(b.accountId)),
    },
  };
}

describe('readIdentityCenter', () => {
  test('reads back what the double serves, every page, retrying throttled calls', async () => {
    const throttled = [
      'ListPermissionSets',
      'ListAccountAssignments',
      'DescribeGroup',
      'ListAccountsForParent',
    ];
    const double = identityCenterDouble(snapshot, throttled);
    const clock = virtualClock();
    const stats = { calls: 0, retries: 0 };
    const read = await readIdentityCenter(double.clients, 'eu-west-1', { clock, stats, random: () => 0.5 });
    expect(normalized(read)).toEqual(normalized(snapshot));
    expect(read.assignments).toHaveLength(17);
    // Six sets in pages of two: three ListPermissionSets pages, the first one retried once.
    expect(double.calls.filter((c) => c === 'ListPermissionSets')).toHaveLength(4);
    expect(stats).toEqual({ calls: double.calls.length, retries: 4 });
    // First retry of each: full jitter under the base ceiling (0.5 × 500 ms).
    expect(clock.waits).toEqual([250, 250, 250, 250]);
  });

  test('a throttle that outlasts the policy is the ThrottlingException, after every attempt', async () => {
    const sso = new SSOAdminClient({ region: 'eu-west-1' });
    const double = identityCenterDouble(snapshot);
    mockClient(sso)
      .onAnyCommand()
      .resolves({
        Instances: [{ InstanceArn: snapshot.instanceArn, IdentityStoreId: snapshot.identityStoreId }],
      })
      .on(ListPermissionSetsCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const clock = virtualClock();
    await expect(
      readIdentityCenter({ ...double.clients, ssoAdmin: sso }, 'eu-west-1', { clock, random: () => 0.999 }),
    ).rejects.toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded' });
    expect(clock.waits).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts - 1);
    expect(clock.waits).toEqual([499, 999, 1998, 3996, 7992]);
  });

  test('more or fewer than one Identity Center instance is a clear error', async () => {
    const sso = new SSOAdminClient({ region: 'eu-west-1' });
    mockClient(sso).onAnyCommand().resolves({ Instances: [] });
    const double = identityCenterDouble(snapshot);
    await expect(
      readIdentityCenter({ ...double.clients, ssoAdmin: sso }, 'eu-west-1', { clock: virtualClock() }),
    ).rejects.toThrow(
      'expected one Identity Center instance in eu-west-1, found 0: run the import with --region set to the region Identity Center is enabled in',
    );
  });
});
