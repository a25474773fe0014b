// Security's session revocation function (Lambda). IT's lifecycle may invoke it with one
// Identity Store user id; it checks the id is a real user of the org's identity store who
// already holds no group membership (offboarding removed them: so it cannot lock out
// someone who is still meant to have access), records it with an expiry in its table,
// re-renders the deny-list SCP from the table, and disables the Identity Store user unless
// an IdP manages it through SCIM. A schedule re-renders the SCP too (pruning expired
// entries, and restoring the list should a deploy have reset the policy's content).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeUserCommand,
  type DescribeUserCommandOutput,
  IdentitystoreClient,
  ListGroupMembershipsForMemberCommand,
  ResourceNotFoundException,
  UpdateUserCommand,
} from '@aws-sdk/client-identitystore';
import { OrganizationsClient, UpdatePolicyCommand } from '@aws-sdk/client-organizations';
import { ListAccountAssignmentsCommand, SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type DenyEntry, deniedUntil, denyListDocument, USER_ID_PATTERN } from './deny-list';
import { REVOCATION_ENV } from './revocation-env';

export { REVOCATION_ENV } from './revocation-env';

export type RevocationRequest =
  | {
      readonly action: 'revoke';
      readonly identityStoreUserId: string;
      readonly caseId: string;
      readonly requestedBy: string;
    }
  | {
      /**
       * An elevation ended (Security's elevation expiry): deny the sessions its permission
       * sets' roles issued before the end, for a user already out of the elevation's group.
       */
      readonly action: 'revoke-elevation';
      readonly identityStoreUserId: string;
      readonly groupId: string;
      readonly permissionSets: readonly string[];
      readonly issuedBefore: string;
      readonly caseId: string;
      readonly requestedBy: string;
    }
  | {
      /**
       * An elevated grant ended: deny the sessions its permission set's role issued in its
       * accounts before the end, once the group's assignment there is already removed.
       */
      readonly action: 'revoke-grant';
      readonly groupId: string;
      readonly permissionSet: string;
      readonly permissionSetArn: string;
      readonly accountIds: readonly string[];
      readonly issuedBefore: string;
      readonly caseId: string;
      readonly requestedBy: string;
    }
  | { readonly action: 'reconcile' };

export class RevocationRefusedError extends Error {
  override readonly name = 'RevocationRefusedError';
}

export interface RevocationClients {
  readonly dynamo: DynamoDBDocumentClient;
  readonly identityStore: IdentitystoreClient;
  readonly organizations: OrganizationsClient;
  readonly ssoAdmin: Pick<SSOAdminClient, 'send'>;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
}

const required = (env: NodeJS.ProcessEnv, name: string) => {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

export async function handleRevocation(request: RevocationRequest, c: RevocationClients) {
  const table = required(c.env, REVOCATION_ENV.table);
  if (request.action === 'reconcile') return { entries: (await render(c, table)).length };
  if (request.action === 'revoke-elevation') return revokeElevation(request, c, table);
  if (request.action === 'revoke-grant') return revokeGrant(request, c, table);
  if (request.action !== 'revoke')
    throw new RevocationRefusedError(
      'the action must be "revoke", "revoke-elevation", "revoke-grant" or "reconcile"',
    );
  const userId = request.identityStoreUserId;
  if (typeof userId !== 'string' || !USER_ID_PATTERN.test(userId))
    throw new RevocationRefusedError(`"${String(userId)}" is not an Identity Store user id`);
  const identityStoreId = required(c.env, REVOCATION_ENV.identityStoreId);
  let user: DescribeUserCommandOutput;
  try {
    user = await c.identityStore.send(
      new DescribeUserCommand({ IdentityStoreId: identityStoreId, UserId: userId }),
    );
  } catch (error) {
    if (error instanceof ResourceNotFoundException)
      throw new RevocationRefusedError(`${userId} is not a user of identity store ${identityStoreId}`);
    throw error;
  }
  const memberships = await c.identityStore.send(
    new ListGroupMembershipsForMemberCommand({
      IdentityStoreId: identityStoreId,
      MemberId: { UserId: userId },
      MaxResults: 1,
    }),
  );
  if ((memberships.GroupMemberships ?? []).length > 0)
    throw new RevocationRefusedError(
      `${userId} still belongs to a group: only a leaver already removed from every group (deny-aws) can be revoked`,
    );
  const existing = await c.dynamo.send(new GetCommand({ TableName: table, Key: { userId } }));
  const now = c.now();
  const already = existing.Item !== undefined && Date.parse(existing.Item.deniedUntil) > now.getTime();
  const until = already
    ? (existing.Item!.deniedUntil as string)
    : deniedUntil(now, Number(required(c.env, REVOCATION_ENV.longestSessionSeconds)));
  if (!already)
    await c.dynamo.send(
      new PutCommand({
        TableName: table,
        Item: {
          userId,
          deniedUntil: until,
          expiresAt: Math.ceil(Date.parse(until) / 1000) + 24 * 3600,
          caseId: String(request.caseId),
          requestedBy: String(request.requestedBy),
          at: now.toISOString(),
        },
      }),
    );
  await render(c, table);
  return {
    userId,
    outcome: already ? 'already-revoked' : 'revoked',
    deniedUntil: until,
    identityStoreUser: await disable(c, identityStoreId, userId, user),
  };
}

const PERMISSION_SET_NAME = /^[\w+=,.@-]{1,32}$/;

async function revokeElevation(
  request: Extract<RevocationRequest, { action: 'revoke-elevation' }>,
  c: RevocationClients,
  table: string,
) {
  const userId = request.identityStoreUserId;
  if (typeof userId !== 'string' || !USER_ID_PATTERN.test(userId))
    throw new RevocationRefusedError(`"${String(userId)}" is not an Identity Store user id`);
  const sets = request.permissionSets;
  if (!Array.isArray(sets) || sets.length === 0 || !sets.every((s) => PERMISSION_SET_NAME.test(String(s))))
    throw new RevocationRefusedError('permissionSets must be one or more permission set names');
  if (Number.isNaN(Date.parse(String(request.issuedBefore))))
    throw new RevocationRefusedError(`"${String(request.issuedBefore)}" is not an instant`);
  const identityStoreId = required(c.env, REVOCATION_ENV.identityStoreId);
  // Only an elevation already removed: so this cannot cut access someone is still meant to have.
  let nextToken: string | undefined;
  do {
    const page = await c.identityStore.send(
      new ListGroupMembershipsForMemberCommand({
        IdentityStoreId: identityStoreId,
        MemberId: { UserId: userId },
        ...(nextToken ? { NextToken: nextToken } : {}),
      }),
    );
    if ((page.GroupMemberships ?? []).some((m) => m.GroupId === request.groupId))
      throw new RevocationRefusedError(
        `${userId} still belongs to group ${request.groupId}: only an elevation already removed can have its sessions ended`,
      );
    nextToken = page.NextToken;
  } while (nextToken);
  const key = `${userId}#elevation#${request.groupId}#${request.issuedBefore}`;
  const entry = await denyOnce(c, table, key, request, {
    identityStoreUserId: userId,
    permissionSets: [...sets].map(String).sort(),
  });
  return { userId, ...entry };
}

const ACCOUNT_ID = /^\d{12}$/;
const PERMISSION_SET_ARN =
  /^arn:aws[\w-]*:sso:::permissionSet\/(sso)?ins-[a-zA-Z0-9-.]{16}\/ps-[a-zA-Z0-9-./]{16}$/;

async function revokeGrant(
  request: Extract<RevocationRequest, { action: 'revoke-grant' }>,
  c: RevocationClients,
  table: string,
) {
  const accounts = request.accountIds;
  if (!Array.isArray(accounts) || accounts.length === 0 || !accounts.every((a) => ACCOUNT_ID.test(String(a))))
    throw new RevocationRefusedError('accountIds must be one or more 12-digit AWS account ids');
  if (!PERMISSION_SET_NAME.test(String(request.permissionSet)))
    throw new RevocationRefusedError(`"${String(request.permissionSet)}" is not a permission set name`);
  if (!PERMISSION_SET_ARN.test(String(request.permissionSetArn)))
    throw new RevocationRefusedError(`"${String(request.permissionSetArn)}" is not a permission set ARN`);
  if (Number.isNaN(Date.parse(String(request.issuedBefore))))
    throw new RevocationRefusedError(`"${String(request.issuedBefore)}" is not an instant`);
  const instanceArn = required(c.env, REVOCATION_ENV.instanceArn);
  // Only a grant already removed: so this cannot cut access someone is still meant to have.
  for (const accountId of accounts) {
    let nextToken: string | undefined;
    do {
      const page = await c.ssoAdmin.send(
        new ListAccountAssignmentsCommand({
          InstanceArn: instanceArn,
          AccountId: String(accountId),
          PermissionSetArn: String(request.permissionSetArn),
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      if (
        (page.AccountAssignments ?? []).some(
          (a) => a.PrincipalType === 'GROUP' && a.PrincipalId === request.groupId,
        )
      )
        throw new RevocationRefusedError(
          `group ${request.groupId} still holds ${request.permissionSet} in ${accountId}: only an elevated grant already removed can have its sessions ended`,
        );
      nextToken = page.NextToken;
    } while (nextToken);
  }
  const key = `grant#${request.groupId}#${request.permissionSet}#${request.issuedBefore}`;
  return denyOnce(c, table, key, request, {
    grantOf: String(request.permissionSet),
    accountIds: [...accounts].map(String).sort(),
  });
}

/**
 * Adds the deny-list entry `key` for the sessions issued before `request.issuedBefore`, once:
 * the same request again finds it and changes nothing; the policy is rendered either way.
 */
async function denyOnce(
  c: RevocationClients,
  table: string,
  key: string,
  request: { readonly issuedBefore: string; readonly caseId: string; readonly requestedBy: string },
  fields: Record<string, unknown>,
): Promise<{ outcome: 'revoked' | 'already-revoked'; deniedUntil: string }> {
  const existing = await c.dynamo.send(new GetCommand({ TableName: table, Key: { userId: key } }));
  const until = deniedUntil(
    new Date(Date.parse(request.issuedBefore)),
    Number(required(c.env, REVOCATION_ENV.longestSessionSeconds)),
  );
  if (existing.Item === undefined)
    await c.dynamo.send(
      new PutCommand({
        TableName: table,
        Item: {
          userId: key,
          ...fields,
          issuedBefore: String(request.issuedBefore),
          deniedUntil: until,
          expiresAt: Math.ceil(Date.parse(until) / 1000) + 24 * 3600,
          caseId: String(request.caseId),
          requestedBy: String(request.requestedBy),
          at: c.now().toISOString(),
        },
      }),
    );
  await render(c, table);
  return { outcome: existing.Item === undefined ? 'revoked' : 'already-revoked', deniedUntil: until };
}

/** Disables the user unless an IdP provisions it (SCIM users carry ExternalIds; the IdP's deprovisioning owns them). */
async function disable(
  c: RevocationClients,
  identityStoreId: string,
  userId: string,
  user: DescribeUserCommandOutput,
): Promise<'disabled' | 'already-disabled' | 'scim' | 'not-supported'> {
  if ((user.ExternalIds ?? []).length > 0) return 'scim';
  if (user.UserStatus === 'DISABLED') return 'already-disabled';
  try {
    await c.identityStore.send(
      new UpdateUserCommand({
        IdentityStoreId: identityStoreId,
        UserId: userId,
        Operations: [{ AttributePath: 'userStatus', AttributeValue: 'DISABLED' }],
      }),
    );
  } catch (error) {
    // The deny list already ends the sessions; an identity store that refuses the status
    // change (older API) leaves the user enabled but without groups or sessions.
    if ((error as Error).name === 'ValidationException') return 'not-supported';
    throw error;
  }
  return 'disabled';
}

/** Writes the SCP from the table's entries still in force. */
async function render(c: RevocationClients, table: string): Promise<DenyEntry[]> {
  const entries: DenyEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await c.dynamo.send(
      new ScanCommand({
        TableName: table,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? [])
      entries.push(
        item.grantOf
          ? {
              userId: item.userId,
              deniedUntil: item.deniedUntil,
              grant: {
                permissionSet: item.grantOf,
                accountIds: item.accountIds,
                issuedBefore: item.issuedBefore,
              },
            }
          : item.permissionSets
            ? {
                userId: item.identityStoreUserId,
                deniedUntil: item.deniedUntil,
                elevation: { permissionSets: item.permissionSets, issuedBefore: item.issuedBefore },
              }
            : { userId: item.userId, deniedUntil: item.deniedUntil },
      );
    start = page.LastEvaluatedKey;
  } while (start);
  await c.organizations.send(
    new UpdatePolicyCommand({
      PolicyId: required(c.env, REVOCATION_ENV.policyId),
      Content: JSON.stringify(denyListDocument(entries, c.now())),
    }),
  );
  return entries;
}

export const handler = (() => {
  let clients: RevocationClients | undefined;
  return (request: RevocationRequest) => {
    clients ??= {
      dynamo: DynamoDBDocumentClient.from(new DynamoDBClient({})),
      identityStore: new IdentitystoreClient({}),
      // Organizations' endpoint is global (us-east-1).
      organizations: new OrganizationsClient({ region: 'us-east-1' }),
      ssoAdmin: new SSOAdminClient({}),
      now: () => new Date(),
      env: process.env,
    };
    return handleRevocation(request, clients);
  };
})();
