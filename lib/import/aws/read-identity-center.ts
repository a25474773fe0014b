// Reads Identity Center and the organization into a snapshot, with read-only calls only:
// SSO Admin (instance, permission sets with their managed, customer managed and inline policies,
// boundary and session length, the accounts each set is provisioned to and the assignments
// there), the Identity Store (display names of the principals assigned) and Organizations
// (the organization, its OU tree and accounts). Every call pages and retries (aws-calls.ts);
// at most CONCURRENCY calls are in flight, under Identity Center's 20 TPS.
import {
  DescribeGroupCommand,
  DescribeUserCommand,
  type IdentitystoreClient,
} from '@aws-sdk/client-identitystore';
import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import {
  DescribePermissionSetCommand,
  GetInlinePolicyForPermissionSetCommand,
  GetPermissionsBoundaryForPermissionSetCommand,
  ListAccountAssignmentsCommand,
  ListAccountsForProvisionedPermissionSetCommand,
  ListCustomerManagedPolicyReferencesInPermissionSetCommand,
  ListInstancesCommand,
  ListManagedPoliciesInPermissionSetCommand,
  ListPermissionSetsCommand,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import { allPages, type CallOptions, mapLimit, withRetry } from './aws-calls';
import type {
  IdentityCenterSnapshot,
  SnapshotAccount,
  SnapshotAssignment,
  SnapshotOu,
  SnapshotPermissionSet,
} from './snapshot';

export interface AwsClients {
  readonly ssoAdmin: SSOAdminClient;
  readonly identityStore: IdentitystoreClient;
  readonly organizations: OrganizationsClient;
}

const CONCURRENCY = 8;

export class ImportReadError extends Error {}

export async function readIdentityCenter(
  clients: AwsClients,
  region: string,
  options: CallOptions,
): Promise<IdentityCenterSnapshot> {
  const { ssoAdmin } = clients;
  const instances = await allPages(
    (NextToken) => ssoAdmin.send(new ListInstancesCommand({ NextToken })),
    (p) => p.Instances,
    options,
  );
  if (instances.length !== 1)
    throw new ImportReadError(
      `expected one Identity Center instance in ${region}, found ${instances.length}: run the import with --region set to the region Identity Center is enabled in`,
    );
  const InstanceArn = instances[0].InstanceArn!;
  const identityStoreId = instances[0].IdentityStoreId!;

  const arns = await allPages(
    (NextToken) => ssoAdmin.send(new ListPermissionSetsCommand({ InstanceArn, NextToken })),
    (p) => p.PermissionSets,
    options,
  );
  const permissionSets = await mapLimit([...arns].sort(), CONCURRENCY, (arn) =>
    readPermissionSet(ssoAdmin, InstanceArn, arn, options),
  );

  const perSet = await mapLimit(permissionSets, CONCURRENCY, async (ps) => {
    const accounts = await allPages(
      (NextToken) =>
        ssoAdmin.send(
          new ListAccountsForProvisionedPermissionSetCommand({
            InstanceArn,
            PermissionSetArn: ps.arn,
            NextToken,
          }),
        ),
      (p) => p.AccountIds,
      options,
    );
    // One set's accounts one after another: the sets already run CONCURRENCY at a time.
    const found = [];
    for (const AccountId of [...accounts].sort())
      found.push(
        ...(await allPages(
          (NextToken) =>
            ssoAdmin.send(
              new ListAccountAssignmentsCommand({
                InstanceArn,
                AccountId,
                PermissionSetArn: ps.arn,
                NextToken,
              }),
            ),
          (p) => p.AccountAssignments,
          options,
        )),
      );
    return found;
  });
  const assignments: SnapshotAssignment[] = perSet.flat().map((a) => ({
    accountId: a.AccountId!,
    permissionSetArn: a.PermissionSetArn!,
    principalType: a.PrincipalType === 'USER' ? 'USER' : 'GROUP',
    principalId: a.PrincipalId!,
  }));

  const groups = await displayNames(
    assignments.filter((a) => a.principalType === 'GROUP').map((a) => a.principalId),
    async (GroupId) =>
      (
        await clients.identityStore.send(
          new DescribeGroupCommand({ IdentityStoreId: identityStoreId, GroupId }),
        )
      ).DisplayName,
    options,
  );
  const users = await displayNames(
    assignments.filter((a) => a.principalType === 'USER').map((a) => a.principalId),
    async (UserId) =>
      (
        await clients.identityStore.send(
          new DescribeUserCommand({ IdentityStoreId: identityStoreId, UserId }),
        )
      ).UserName,
    options,
  );

  return {
    region,
    instanceArn: InstanceArn,
    identityStoreId,
    permissionSets,
    assignments,
    groups,
    users,
    organization: await readOrganization(clients.organizations, options),
  };
}

async function readPermissionSet(
  client: SSOAdminClient,
  InstanceArn: string,
  PermissionSetArn: string,
  options: CallOptions,
): Promise<SnapshotPermissionSet> {
  const input = { InstanceArn, PermissionSetArn };
  const described = await withRetry(() => client.send(new DescribePermissionSetCommand(input)), options);
  const ps = described.PermissionSet ?? {};
  const managed = await allPages(
    (NextToken) => client.send(new ListManagedPoliciesInPermissionSetCommand({ ...input, NextToken })),
    (p) => p.AttachedManagedPolicies,
    options,
  );
  const customer = await allPages(
    (NextToken) =>
      client.send(new ListCustomerManagedPolicyReferencesInPermissionSetCommand({ ...input, NextToken })),
    (p) => p.CustomerManagedPolicyReferences,
    options,
  );
  const inline = await withRetry(
    () => client.send(new GetInlinePolicyForPermissionSetCommand(input)),
    options,
  );
  const boundary = await withRetry(async () => {
    try {
      return (await client.send(new GetPermissionsBoundaryForPermissionSetCommand(input)))
        .PermissionsBoundary;
    } catch (error) {
      // No boundary is reported as a missing resource.
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  }, options);
  return {
    arn: PermissionSetArn,
    name: ps.Name ?? PermissionSetArn,
    ...(ps.Description ? { description: ps.Description } : {}),
    ...(ps.SessionDuration ? { sessionDuration: ps.SessionDuration } : {}),
    ...(ps.RelayState ? { relayState: ps.RelayState } : {}),
    managedPolicyArns: managed.map((m) => m.Arn!).sort(),
    customerManagedPolicies: customer
      .map((c) => ({ name: c.Name!, path: c.Path ?? '/' }))
      .sort((a, b) => `${a.path}${a.name}`.localeCompare(`${b.path}${b.name}`)),
    ...(inline.InlinePolicy ? { inlinePolicy: inline.InlinePolicy } : {}),
    ...(boundary && (boundary.ManagedPolicyArn || boundary.CustomerManagedPolicyReference)
      ? {
          permissionsBoundary: boundary.ManagedPolicyArn
            ? { managedPolicyArn: boundary.ManagedPolicyArn }
            : {
                customerManagedPolicy: {
                  name: boundary.CustomerManagedPolicyReference!.Name!,
                  path: boundary.CustomerManagedPolicyReference!.Path ?? '/',
                },
              },
        }
      : {}),
  };
}

async function displayNames(
  ids: readonly string[],
  describe: (id: string) => Promise<string | undefined>,
  options: CallOptions,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].sort();
  const names = await mapLimit(unique, CONCURRENCY, (id) => withRetry(() => describe(id), options));
  return new Map(unique.map((id, i) => [id, names[i] ?? id]));
}

async function readOrganization(
  client: OrganizationsClient,
  options: CallOptions,
): Promise<IdentityCenterSnapshot['organization']> {
  const org =
    (await withRetry(() => client.send(new DescribeOrganizationCommand({})), options)).Organization ?? {};
  const roots = await allPages(
    (NextToken) => client.send(new ListRootsCommand({ NextToken })),
    (p) => p.Roots,
    options,
  );
  const ous: SnapshotOu[] = [];
  const accounts: SnapshotAccount[] = [];
  // Breadth-first from each root: the OUs under a parent, and the accounts directly in it.
  const queue = roots.map((r) => r.Id!);
  while (queue.length > 0) {
    const ParentId = queue.shift()!;
    const children = await allPages(
      (NextToken) => client.send(new ListOrganizationalUnitsForParentCommand({ ParentId, NextToken })),
      (p) => p.OrganizationalUnits,
      options,
    );
    for (const ou of children) {
      ous.push({ ouId: ou.Id!, name: ou.Name ?? ou.Id!, parentId: ParentId });
      queue.push(ou.Id!);
    }
    const here = await allPages(
      (NextToken) => client.send(new ListAccountsForParentCommand({ ParentId, NextToken })),
      (p) => p.Accounts,
      options,
    );
    for (const a of here)
      accounts.push({
        accountId: a.Id!,
        name: a.Name ?? a.Id!,
        email: a.Email ?? '',
        status: a.State ?? a.Status ?? 'ACTIVE',
        parentId: ParentId,
      });
  }
  return {
    id: org.Id ?? '',
    managementAccountId: org.MasterAccountId ?? '',
    ous: ous.sort((a, b) => a.ouId.localeCompare(b.ouId)),
    accounts: accounts.sort((a, b) => a.accountId.localeCompare(b.accountId)),
  };
}
