import {
  DeleteGroupMembershipCommand,
  GetUserIdCommand,
  IdentitystoreClient,
  ListGroupMembershipsForMemberCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-identitystore';
import { IdentityStoreAccessDenial } from '../../../lib/lifecycle/aws-access/identity-store-access-denial';

function identityStore(users: Record<string, string[]>) {
  const client = new IdentitystoreClient({ region: 'eu-west-1' });
  const sent: [string, unknown][] = [];
  jest.spyOn(client, 'send').mockImplementation((async (command: { input: Record<string, unknown> }) => {
    sent.push([command.constructor.name, command.input]);
    if (command instanceof GetUserIdCommand) {
      const name = command.input.AlternateIdentifier!.UniqueAttribute!.AttributeValue as string;
      if (!users[name]) throw new ResourceNotFoundException({ message: 'USER not found', $metadata: {} });
      return { UserId: `u-${name}`, IdentityStoreId: 'd-1' };
    }
    if (command instanceof ListGroupMembershipsForMemberCommand) {
      const name = command.input.MemberId!.UserId!.slice(2);
      const page = command.input.NextToken === undefined ? 0 : 1;
      const groups = users[name].slice(page * 2, page * 2 + 2);
      return {
        GroupMemberships: groups.map((g) => ({ MembershipId: `m-${g}`, GroupId: g })),
        ...(page === 0 && users[name].length > 2 ? { NextToken: 'p2' } : {}),
      };
    }
    if (command instanceof DeleteGroupMembershipCommand) return { $metadata: { requestId: 'aws-req-1' } };
    throw new Error(`unexpected ${command.constructor.name}`);
  }) as never);
  return { denial: new IdentityStoreAccessDenial(client, 'd-93670a1b2c'), sent };
}

test('finds the user by user name and every group membership across pages', async () => {
  const { denial, sent } = identityStore({ 'isabel.santos@acme.example': ['g1', 'g2', 'g3'] });
  expect(await denial.findAccess('isabel.santos@acme.example')).toEqual({
    userId: 'u-isabel.santos@acme.example',
    memberships: [
      { membershipId: 'm-g1', groupId: 'g1' },
      { membershipId: 'm-g2', groupId: 'g2' },
      { membershipId: 'm-g3', groupId: 'g3' },
    ],
  });
  expect(sent[0]).toEqual([
    'GetUserIdCommand',
    {
      IdentityStoreId: 'd-93670a1b2c',
      AlternateIdentifier: {
        UniqueAttribute: { AttributePath: 'userName', AttributeValue: 'isabel.santos@acme.example' },
      },
    },
  ]);
  expect(sent.slice(1).map(([name, input]) => [name, (input as { NextToken?: string }).NextToken])).toEqual([
    ['ListGroupMembershipsForMemberCommand', undefined],
    ['ListGroupMembershipsForMemberCommand', 'p2'],
  ]);
});

test('no Identity Center user: no access, not an error', async () => {
  const { denial } = identityStore({});
  expect(await denial.findAccess('nobody@acme.example')).toEqual({ memberships: [] });
});

test('removing a membership returns the AWS request id for the audit trail', async () => {
  const { denial, sent } = identityStore({});
  expect(await denial.removeMembership('m-g1')).toEqual({ requestId: 'aws-req-1' });
  expect(sent).toEqual([
    ['DeleteGroupMembershipCommand', { IdentityStoreId: 'd-93670a1b2c', MembershipId: 'm-g1' }],
  ]);
});
