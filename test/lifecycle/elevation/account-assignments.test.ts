// An elevated grant's Identity Center assignment, read and removed through the SSO Admin API
// on a virtual clock: found across pages, removed as a GROUP assignment on an AWS_ACCOUNT, and
// followed until Identity Center says SUCCEEDED (or FAILED, or too long: the step fails and
// its schedule retries).
import {
  DeleteAccountAssignmentCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  ListAccountAssignmentsCommand,
  SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import { SsoAdminAssignments } from '../../../lib/lifecycle/elevation/account-assignments';
import { VirtualClock } from '../../../test-doubles/clocks';

const INSTANCE = 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0';
const SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-a1b2c3d4e5f60718';
const GRANT = { permissionSetArn: SET, accountId: '666666666666', groupId: 'g-auditors' };

function ssoAdmin(statuses: string[]) {
  const client = new SSOAdminClient({ region: 'eu-west-1' });
  const sent: [string, unknown][] = [];
  jest.spyOn(client, 'send').mockImplementation((async (command: { input: Record<string, unknown> }) => {
    sent.push([command.constructor.name, command.input]);
    if (command instanceof ListAccountAssignmentsCommand)
      return command.input.NextToken === undefined
        ? { AccountAssignments: [{ PrincipalType: 'USER', PrincipalId: 'g-auditors' }], NextToken: 'p2' }
        : { AccountAssignments: [{ PrincipalType: 'GROUP', PrincipalId: 'g-auditors' }] };
    if (command instanceof DeleteAccountAssignmentCommand)
      return { AccountAssignmentDeletionStatus: { RequestId: 'del-1', Status: statuses.shift() } };
    if (command instanceof DescribeAccountAssignmentDeletionStatusCommand) {
      const status = statuses.shift();
      return {
        AccountAssignmentDeletionStatus: {
          RequestId: 'del-1',
          Status: status,
          ...(status === 'FAILED' ? { FailureReason: 'Received a 404 status error: Not supported' } : {}),
        },
      };
    }
    throw new Error(`unexpected ${command.constructor.name}`);
  }) as never);
  return { client, sent };
}

test('holds: a GROUP assignment of that id, found on the second page (a USER of the same id is not it)', async () => {
  const { client, sent } = ssoAdmin([]);
  const clock = new VirtualClock('2026-11-23T16:05:00Z');
  expect(await new SsoAdminAssignments(client, INSTANCE, clock).holds(GRANT)).toBe(true);
  expect(sent).toEqual([
    [
      'ListAccountAssignmentsCommand',
      { InstanceArn: INSTANCE, AccountId: '666666666666', PermissionSetArn: SET },
    ],
    [
      'ListAccountAssignmentsCommand',
      { InstanceArn: INSTANCE, AccountId: '666666666666', PermissionSetArn: SET, NextToken: 'p2' },
    ],
  ]);
  expect(await new SsoAdminAssignments(client, INSTANCE, clock).holds({ ...GRANT, groupId: 'g-other' })).toBe(
    false,
  );
});

test('remove: the group assignment on the account, followed until it has SUCCEEDED', async () => {
  const { client, sent } = ssoAdmin(['IN_PROGRESS', 'IN_PROGRESS', 'SUCCEEDED']);
  const clock = new VirtualClock('2026-11-23T16:05:00Z');
  expect(await new SsoAdminAssignments(client, INSTANCE, clock).remove(GRANT)).toEqual({
    requestId: 'del-1',
  });
  expect(sent[0]).toEqual([
    'DeleteAccountAssignmentCommand',
    {
      InstanceArn: INSTANCE,
      TargetId: '666666666666',
      TargetType: 'AWS_ACCOUNT',
      PermissionSetArn: SET,
      PrincipalType: 'GROUP',
      PrincipalId: 'g-auditors',
    },
  ]);
  expect(sent.slice(1).map(([name]) => name)).toEqual([
    'DescribeAccountAssignmentDeletionStatusCommand',
    'DescribeAccountAssignmentDeletionStatusCommand',
  ]);
  expect(clock.sleeps).toEqual([2000, 2000]);
});

test('remove: Identity Center says FAILED, or is still at it after a minute: the step fails, with why', async () => {
  const clock = new VirtualClock('2026-11-23T16:05:00Z');
  await expect(
    new SsoAdminAssignments(ssoAdmin(['IN_PROGRESS', 'FAILED']).client, INSTANCE, clock).remove(GRANT),
  ).rejects.toThrow(
    `Identity Center failed to remove ${SET} from group g-auditors in 666666666666: Received a 404 status error: Not supported`,
  );
  await expect(
    new SsoAdminAssignments(ssoAdmin(Array(40).fill('IN_PROGRESS')).client, INSTANCE, clock).remove(GRANT),
  ).rejects.toThrow(
    `Identity Center had not removed ${SET} from group g-auditors in 666666666666 after 60 s (request del-1, IN_PROGRESS)`,
  );
});
