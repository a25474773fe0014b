// Security's session revocation: the deny-list SCP (pure), the function (its table on a
// local DynamoDB, Identity Store and Organizations as fakes of their API contracts), and
// the construct (what the function may do; cdk-nag runs over it in test/stacks/every-stack-nag).

import {
  DescribeUserCommand,
  type IdentitystoreClient,
  ListGroupMembershipsForMemberCommand,
  ResourceNotFoundException,
  UpdateUserCommand,
} from '@aws-sdk/client-identitystore';
import { type OrganizationsClient, UpdatePolicyCommand } from '@aws-sdk/client-organizations';
import { ListAccountAssignmentsCommand, type SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { CDK_FEATURE_FLAGS } from '../../lib/aws/cdk-feature-flags';
import { SessionRevocation, sessionRevocationFunctionName } from '../../lib/aws/session-revocation';
import {
  DenyListFullError,
  deniedUntil,
  denyListDocument,
  NOBODY,
  SCP_MAX_CHARACTERS,
} from '../../lib/aws/session-revocation/deny-list';
import {
  handleRevocation,
  type RevocationClients,
  RevocationRefusedError,
} from '../../lib/aws/session-revocation/handler';
import { type LocalDynamoDb, startLocalDynamoDb, TABLES } from '../lifecycle/handlers/support/local-dynamodb';

const id = (n: number) => `${String(n).padStart(8, '0')}-1111-4222-8333-444455556666`;
const NOW = new Date('2026-11-23T09:00:00.000Z');

describe('the deny list (pure)', () => {
  test('one Deny * statement on the users still in force, sorted, each once', () => {
    expect(
      denyListDocument(
        [
          { userId: id(2), deniedUntil: '2026-11-23T21:15:00.000Z' },
          { userId: id(1), deniedUntil: '2026-11-23T21:15:00.000Z' },
          { userId: id(2), deniedUntil: '2026-11-23T22:00:00.000Z' },
          { userId: id(3), deniedUntil: '2026-11-23T08:59:59.000Z' },
        ],
        NOW,
      ),
    ).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RevokedIdentityCenterSessions',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'identitystore:UserId': [id(1), id(2)] } },
        },
      ],
    });
  });

  test("an ended elevation: only its permission sets' sessions issued before its end, after the leavers", () => {
    const doc = denyListDocument(
      [
        { userId: id(1), deniedUntil: '2026-11-24T00:00:00.000Z' },
        {
          userId: id(2),
          deniedUntil: '2026-11-24T06:15:00.000Z',
          elevation: { permissionSets: ['administrator'], issuedBefore: '2026-11-23T18:00:00Z' },
        },
      ],
      NOW,
    ) as { Statement: unknown[] };
    expect(doc.Statement).toEqual([
      expect.objectContaining({ Condition: { StringEquals: { 'identitystore:UserId': [id(1)] } } }),
      {
        Sid: 'EndedElevation1',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          StringEquals: { 'identitystore:UserId': id(2) },
          ArnLike: {
            'aws:PrincipalArn': [
              'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_administrator_*',
            ],
          },
          DateLessThan: { 'aws:TokenIssueTime': '2026-11-23T18:00:00Z' },
        },
      },
    ]);
  });

  test('nobody on it: a statement that matches no user', () => {
    expect(JSON.stringify(denyListDocument([], NOW))).toContain(`"identitystore:UserId":["${NOBODY}"]`);
  });

  test('an entry lasts the longest session plus a margin', () => {
    expect(deniedUntil(NOW, 12 * 3600)).toBe('2026-11-23T21:15:00.000Z');
  });

  test('more users than an SCP holds: a clear error (the function fails, its alarm fires)', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      userId: id(i),
      deniedUntil: '2026-11-24T00:00:00.000Z',
    }));
    expect(() => denyListDocument(many, NOW)).toThrow(DenyListFullError);
    expect(() => denyListDocument(many, NOW)).toThrow(
      new RegExp(
        `^200 revoked users make the deny list \\d+ characters, over the ${SCP_MAX_CHARACTERS} an SCP allows`,
      ),
    );
  });
});

/** Identity Store as the API answers: unknown users are ResourceNotFoundException. */
class FakeIdentityStore {
  readonly updates: unknown[] = [];
  constructor(
    readonly users: Map<string, { groups: number; scim: boolean; status?: string }>,
    readonly storeId = 'd-93670a1b2c',
  ) {}
  async send(command: unknown) {
    const input = (command as { input: Record<string, unknown> }).input;
    expect(input.IdentityStoreId).toBe(this.storeId);
    const user = this.users.get(String(input.UserId ?? (input.MemberId as { UserId: string })?.UserId));
    if (!user) throw new ResourceNotFoundException({ message: 'USER not found', $metadata: {} });
    if (command instanceof DescribeUserCommand)
      return {
        UserId: input.UserId,
        IdentityStoreId: this.storeId,
        UserStatus: user.status ?? 'ENABLED',
        ...(user.scim ? { ExternalIds: [{ Issuer: 'https://acme.okta.com', Id: '00u1' }] } : {}),
      };
    if (command instanceof ListGroupMembershipsForMemberCommand)
      return {
        GroupMemberships: Array.from({ length: user.groups }, (_, i) => ({
          MembershipId: `m${i}`,
          GroupId: `g${i}`,
        })),
      };
    if (command instanceof UpdateUserCommand) {
      this.updates.push(input);
      user.status = 'DISABLED';
      return {};
    }
    throw new Error(`unexpected ${String((command as object).constructor.name)}`);
  }
}

const INSTANCE = 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0';
const ADMIN_SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-a1b2c3d4e5f60718';

/** Identity Center's ListAccountAssignments over `group#account` pairs still assigned, a page at a time. */
class FakeAssignments {
  readonly calls: Record<string, unknown>[] = [];
  constructor(readonly held: Set<string>) {}
  async send(command: unknown) {
    expect(command).toBeInstanceOf(ListAccountAssignmentsCommand);
    const input = (command as ListAccountAssignmentsCommand).input;
    this.calls.push({ ...input });
    expect(input.InstanceArn).toBe(INSTANCE);
    // One unrelated assignment on a first page, then the rest: pagination is followed.
    if (!input.NextToken)
      return { AccountAssignments: [{ PrincipalType: 'USER', PrincipalId: 'u0' }], NextToken: 'page-2' };
    return {
      AccountAssignments: [...this.held]
        .filter((h) => h.endsWith(`#${input.AccountId}`))
        .map((h) => ({ PrincipalType: 'GROUP', PrincipalId: h.split('#')[0] })),
    };
  }
}

describe('the function', () => {
  let db: LocalDynamoDb;
  beforeAll(async () => {
    db = await startLocalDynamoDb();
  });
  afterAll(() => db.stop());

  let policies: string[];
  let store: FakeIdentityStore;
  let now: Date;
  let clients: RevocationClients;
  let assignments: FakeAssignments;
  beforeEach(() => {
    policies = [];
    assignments = new FakeAssignments(new Set(['g-admins#222222222222']));
    now = NOW;
    store = new FakeIdentityStore(
      new Map([
        [id(1), { groups: 0, scim: false }],
        [id(2), { groups: 0, scim: true }],
        [id(3), { groups: 2, scim: true }],
      ]),
    );
    clients = {
      dynamo: DynamoDBDocumentClient.from(db.client),
      identityStore: store as unknown as IdentitystoreClient,
      organizations: {
        send: async (c: UpdatePolicyCommand) => {
          expect(c).toBeInstanceOf(UpdatePolicyCommand);
          expect(c.input.PolicyId).toBe('p-revoked');
          policies.push(c.input.Content!);
          return {};
        },
      } as unknown as OrganizationsClient,
      ssoAdmin: assignments as unknown as SSOAdminClient,
      now: () => now,
      env: {
        IDENTITY_CENTER_INSTANCE_ARN: INSTANCE,
        REVOKED_USERS_TABLE: TABLES.revokedUsers,
        DENY_LIST_POLICY_ID: 'p-revoked',
        IDENTITY_STORE_ID: 'd-93670a1b2c',
        LONGEST_SESSION_SECONDS: String(12 * 3600),
      },
    };
  });
  const revoke = (userId: string) =>
    handleRevocation(
      { action: 'revoke', identityStoreUserId: userId, caseId: 'offboard/x/2026-11-13', requestedBy: 'it' },
      clients,
    );
  const denied = () =>
    JSON.parse(policies.at(-1)!).Statement[0].Condition.StringEquals['identitystore:UserId'];

  test('a leaver out of every group: denied until the longest session has passed, and disabled when SCIM does not manage them', async () => {
    expect(await revoke(id(1))).toEqual({
      userId: id(1),
      outcome: 'revoked',
      deniedUntil: '2026-11-23T21:15:00.000Z',
      identityStoreUser: 'disabled',
    });
    expect(denied()).toEqual([id(1)]);
    expect(store.updates).toEqual([
      {
        IdentityStoreId: 'd-93670a1b2c',
        UserId: id(1),
        Operations: [{ AttributePath: 'userStatus', AttributeValue: 'DISABLED' }],
      },
    ]);
    // Again (a retried task): already revoked, the same expiry, nothing disabled twice.
    expect(await revoke(id(1))).toMatchObject({
      outcome: 'already-revoked',
      deniedUntil: '2026-11-23T21:15:00.000Z',
      identityStoreUser: 'already-disabled',
    });
    expect(store.updates).toHaveLength(1);
  });

  test('a SCIM-provisioned user is left to the IdP (Okta deprovisions it); the deny list still holds them', async () => {
    expect(await revoke(id(2))).toMatchObject({ outcome: 'revoked', identityStoreUser: 'scim' });
    expect(denied()).toEqual(expect.arrayContaining([id(2)]));
    expect(store.updates).toEqual([]);
  });

  test.each([
    [
      'not a user id',
      'arn:aws:iam::111111111111:role/x',
      '"arn:aws:iam::111111111111:role/x" is not an Identity Store user id',
    ],
    ['an unknown user', id(9), `${id(9)} is not a user of identity store d-93670a1b2c`],
    [
      'someone still in a group (not offboarded)',
      id(3),
      `${id(3)} still belongs to a group: only a leaver already removed from every group (deny-aws) can be revoked`,
    ],
  ])('refuses %s, and changes nothing', async (_, userId, message) => {
    const before = policies.length;
    await expect(revoke(userId)).rejects.toStrictEqual(new RevocationRefusedError(message));
    expect(policies.length).toBe(before);
  });

  const revokeElevation = (userId: string, groupId: string) =>
    handleRevocation(
      {
        action: 'revoke-elevation',
        identityStoreUserId: userId,
        groupId,
        permissionSets: ['administrator'],
        issuedBefore: '2026-11-23T09:00:00Z',
        caseId: 'elevation/membership/aws-admins/x/2026-11-23T09:00:00Z',
        requestedBy: 'security:elevation-expiry',
      },
      clients,
    );

  test('an ended elevation of someone who keeps other groups: only its sessions end, once', async () => {
    expect(await revokeElevation(id(3), 'g-admins')).toEqual({
      userId: id(3),
      outcome: 'revoked',
      deniedUntil: '2026-11-23T21:15:00.000Z',
    });
    const statements = JSON.parse(policies.at(-1)!).Statement;
    expect(statements[0].Condition.StringEquals['identitystore:UserId']).not.toContain(id(3));
    expect(statements[1].Condition.DateLessThan).toEqual({ 'aws:TokenIssueTime': '2026-11-23T09:00:00Z' });
    expect(store.updates).toEqual([]);
    expect(await revokeElevation(id(3), 'g-admins')).toMatchObject({ outcome: 'already-revoked' });
  });

  test('refuses to end the sessions of an elevation still held (its group membership not removed yet)', async () => {
    await expect(revokeElevation(id(3), 'g0')).rejects.toStrictEqual(
      new RevocationRefusedError(
        `${id(3)} still belongs to group g0: only an elevation already removed can have its sessions ended`,
      ),
    );
  });

  const revokeGrant = (groupId: string, accountIds: string[], permissionSetArn = ADMIN_SET) =>
    handleRevocation(
      {
        action: 'revoke-grant',
        groupId,
        permissionSet: 'administrator',
        permissionSetArn,
        accountIds,
        issuedBefore: '2026-11-23T09:00:00.000Z',
        caseId: 'elevation/grant/incident-responders/administrator/2026-11-23T09:00:00Z',
        requestedBy: 'scheduler:acme-security-elevation-expiry',
      },
      clients,
    );

  test("an ended elevated grant: that role's sessions in its accounts issued before the end are denied, for anyone, once", async () => {
    expect(await revokeGrant('g-responders', ['333333333333', '222222222222'])).toEqual({
      outcome: 'revoked',
      deniedUntil: '2026-11-23T21:15:00.000Z',
    });
    const statements = JSON.parse(policies.at(-1)!).Statement;
    expect(statements.find((st: { Sid: string }) => st.Sid === 'EndedGrant1')).toEqual({
      Sid: 'EndedGrant1',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: {
        ArnLike: {
          'aws:PrincipalArn': [
            'arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_administrator_*',
            'arn:aws:iam::333333333333:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_administrator_*',
          ],
        },
        DateLessThan: { 'aws:TokenIssueTime': '2026-11-23T09:00:00.000Z' },
      },
    });
    // Not an every-session deny: the entry is not a user.
    expect(statements[0].Condition.StringEquals['identitystore:UserId']).not.toContainEqual(
      expect.stringMatching(/^grant#/),
    );
    expect(assignments.calls.map((c) => [c.AccountId, c.PermissionSetArn, c.NextToken ?? ''])).toEqual([
      ['333333333333', ADMIN_SET, ''],
      ['333333333333', ADMIN_SET, 'page-2'],
      ['222222222222', ADMIN_SET, ''],
      ['222222222222', ADMIN_SET, 'page-2'],
    ]);
    expect(await revokeGrant('g-responders', ['333333333333', '222222222222'])).toMatchObject({
      outcome: 'already-revoked',
    });
  });

  test.each([
    [
      'while the group still holds the set in one of the accounts',
      () => revokeGrant('g-admins', ['333333333333', '222222222222']),
      'group g-admins still holds administrator in 222222222222: only an elevated grant already removed can have its sessions ended',
    ],
    [
      'an account id that is not one',
      () => revokeGrant('g-responders', ['2222']),
      'accountIds must be one or more 12-digit AWS account ids',
    ],
    [
      'no account',
      () => revokeGrant('g-responders', []),
      'accountIds must be one or more 12-digit AWS account ids',
    ],
    [
      'a permission set ARN that is not one',
      () => revokeGrant('g-responders', ['222222222222'], 'arn:aws:iam::aws:policy/AdministratorAccess'),
      '"arn:aws:iam::aws:policy/AdministratorAccess" is not a permission set ARN',
    ],
  ])('refuses an ended grant %s, and changes nothing', async (_, run, message) => {
    await expect(run()).rejects.toStrictEqual(new RevocationRefusedError(message));
    expect(policies).toEqual([]);
  });

  test('the schedule re-renders the list: expired entries pruned, the rest restored', async () => {
    await revoke(id(1));
    now = new Date('2026-11-23T21:16:00.000Z');
    expect(await handleRevocation({ action: 'reconcile' }, clients)).toEqual({ entries: expect.any(Number) });
    expect(denied()).not.toContain(id(1));
  });
});

describe('the construct', () => {
  const app = new App({
    builtinCloudFormationValidation: false,
    analyticsReporting: false,
    context: { ...CDK_FEATURE_FLAGS },
  });
  const stack = new Stack(app, 'Organization', { env: { account: '111111111111', region: 'eu-west-1' } });
  const revocation = new SessionRevocation(stack, 'SessionRevocation', {
    functionName: sessionRevocationFunctionName({ name: 'Acme' }),
    identityStoreId: 'd-93670a1b2c',
    instanceArn: INSTANCE,
    targetIds: ['ou-a1b2-22222222', 'ou-a1b2-33333333'],
    longestSessionSeconds: 8 * 3600,
    alerts: new sns.Topic(stack, 'Alerts', {
      enforceSSL: true,
      masterKey: new kms.Key(stack, 'AlertsKey', { enableKeyRotation: true }),
    }),
  });
  const template = Template.fromStack(stack);
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, asserted by path
  const resources = template.toJSON().Resources as Record<string, any>;
  const logicalId = (c: { node: { defaultChild?: unknown } }) =>
    stack.getLogicalId(c.node.defaultChild as never);

  test('an SCP on the OUs, created matching nobody; the function owns its content', () => {
    template.hasResourceProperties('AWS::Organizations::Policy', {
      Name: 'acme-security-session-revocation-deny-list',
      Type: 'SERVICE_CONTROL_POLICY',
      TargetIds: ['ou-a1b2-22222222', 'ou-a1b2-33333333'],
      Content: denyListDocument([], new Date(0)),
    });
  });

  test('the function: one run at a time, its settings from the props, may update only that policy', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'acme-security-session-revocation',
      ReservedConcurrentExecutions: 1,
      Environment: {
        Variables: {
          REVOKED_USERS_TABLE: { Ref: logicalId(revocation.table) },
          DENY_LIST_POLICY_ID: { 'Fn::GetAtt': [stack.getLogicalId(revocation.policy), 'Id'] },
          IDENTITY_STORE_ID: 'd-93670a1b2c',
          LONGEST_SESSION_SECONDS: '28800',
          IDENTITY_CENTER_INSTANCE_ARN: INSTANCE,
        },
      },
    });
    const statements = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((r) => r.Properties.PolicyDocument.Statement);
    expect(statements.filter((s) => JSON.stringify(s.Action).includes('organizations:'))).toEqual([
      {
        Action: 'organizations:UpdatePolicy',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [stack.getLogicalId(revocation.policy), 'Arn'] },
      },
    ]);
    expect(statements.filter((s) => JSON.stringify(s.Action).includes('identitystore:'))).toEqual([
      expect.objectContaining({
        Action: [
          'identitystore:DescribeUser',
          'identitystore:ListGroupMembershipsForMember',
          'identitystore:UpdateUser',
        ],
        Resource: [
          'arn:aws:identitystore::111111111111:identitystore/d-93670a1b2c',
          'arn:aws:identitystore:::membership/*',
          'arn:aws:identitystore:::user/*',
        ],
      }),
    ]);
    // Identity Center: only listing assignments, to check an ended grant's are gone.
    expect(statements.filter((s) => JSON.stringify(s.Action).includes('sso:'))).toEqual([
      {
        Action: 'sso:ListAccountAssignments',
        Effect: 'Allow',
        Resource: [
          'arn:aws:sso:::account/*',
          INSTANCE,
          'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/*',
        ],
      },
    ]);
  });

  test('re-rendered every 15 minutes; failures alarm', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [logicalId(revocation.function), 'Arn'] },
          Id: 'Target0',
          Input: '{"action":"reconcile"}',
          RetryPolicy: { MaximumRetryAttempts: 2 },
        },
      ],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'acme-security-session-revocation-errors',
      MetricName: 'Errors',
    });
  });
});
