// A local double of the SSO Admin, Identity Store and Organizations APIs (aws-sdk-client-mock
// on real SDK clients): it serves a snapshot through the same commands the import sends, in
// pages of PAGE_SIZE (so every NextToken loop runs), and answers the first call of each listed
// command with a ThrottlingException (so every retry path runs). `snapshotOfModel` loads it
// the way the blueprint's CDK app would have created Identity Center from a config.
import {
  DescribeGroupCommand,
  DescribeUserCommand,
  ResourceNotFoundException as IdentityStoreNotFound,
  IdentitystoreClient,
} from '@aws-sdk/client-identitystore';
import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  OrganizationsClient,
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
  ResourceNotFoundException,
  SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import { mockClient } from 'aws-sdk-client-mock';
import { assignmentsFromGrants } from '../../../../lib/aws/grant-assignments';
import { itAccessCeilingName } from '../../../../lib/aws/it-access-ceiling';
import type { AwsClients } from '../../../../lib/import/aws/read-identity-center';
import type { IdentityCenterSnapshot } from '../../../../lib/import/aws/snapshot';
import type { Clock } from '../../../../lib/lifecycle/clock';
import type { OrgModel } from '../../../../lib/model/org-model';
import { ownerSlice } from '../../../../lib/model/partition';

export const PAGE_SIZE = 2;
export const ROOT_ID = 'r-ab12';

export const groupPrincipalId = (group: string) => `9067${group}-0000-identity-store`;
export const permissionSetArn = (instanceArn: string, set: string) =>
  `arn:aws:sso:::permissionSet/${instanceArn.slice(instanceArn.lastIndexOf('/') + 1)}/ps-${set}`;

/** Identity Center as the blueprint's CDK app creates it from `model` (Okta having pushed the groups). */
export function snapshotOfModel(model: OrgModel, region = model.aws.homeRegion): IdentityCenterSnapshot {
  const { instanceArn, identityStoreId } = model.aws.identityCenter;
  const ceiling = itAccessCeilingName(model);
  const management = model.aws.accounts.find((a) => a.role === 'management')!;
  const ouId = new Map(model.aws.ous.map((o) => [o.id, o.ouId!]));
  const assignments = (['it', 'security'] as const).flatMap((side) =>
    assignmentsFromGrants(model, ownerSlice(model, side)),
  );
  return {
    region,
    instanceArn,
    identityStoreId,
    permissionSets: model.permissionSets.map((ps) => {
      const customer = ps.managedPolicies.filter((arn) => !arn.startsWith('arn:aws:iam::aws:'));
      return {
        arn: permissionSetArn(instanceArn, ps.id),
        name: ps.name ?? ps.id,
        ...(ps.description ? { description: ps.description } : {}),
        sessionDuration: ps.sessionDuration,
        ...(ps.relayState ? { relayState: ps.relayState } : {}),
        managedPolicyArns: ps.managedPolicies.filter((arn) => arn.startsWith('arn:aws:iam::aws:')),
        customerManagedPolicies: customer.map((arn) => {
          const path = arn.slice(arn.indexOf(':policy') + ':policy'.length);
          return {
            name: path.slice(path.lastIndexOf('/') + 1),
            path: path.slice(0, path.lastIndexOf('/') + 1),
          };
        }),
        ...(ps.inlinePolicy ? { inlinePolicy: JSON.stringify(ps.inlinePolicy) } : {}),
        ...(ps.side === 'it'
          ? { permissionsBoundary: { customerManagedPolicy: { name: ceiling, path: '/' } } }
          : {}),
      };
    }),
    assignments: assignments.map((a) => ({
      accountId: a.accountId,
      permissionSetArn: permissionSetArn(instanceArn, a.permissionSet),
      principalType: 'GROUP' as const,
      principalId: groupPrincipalId(a.group),
    })),
    groups: new Map(
      [...new Set(assignments.map((a) => a.group))].map((g) => [
        groupPrincipalId(g),
        model.groups.find((x) => x.id === g)!.name,
      ]),
    ),
    users: new Map(),
    organization: {
      id: model.aws.organizationId,
      managementAccountId: management.accountId,
      ous: model.aws.ous.map((o) => ({ ouId: o.ouId!, name: o.name, parentId: ROOT_ID })),
      accounts: model.aws.accounts.map((a) => ({
        accountId: a.accountId,
        name: a.name,
        email: a.email,
        status: 'ACTIVE',
        parentId: a.ou ? ouId.get(a.ou)! : ROOT_ID,
      })),
    },
  };
}

/** One page of `items` at `token` (the index of its first item). */
function page<T>(items: readonly T[], token: string | undefined): { items: T[]; NextToken?: string } {
  const start = token ? Number(token) : 0;
  const end = start + PAGE_SIZE;
  return { items: items.slice(start, end), ...(end < items.length ? { NextToken: String(end) } : {}) };
}

export interface Double {
  readonly clients: AwsClients;
  /** Commands received, by name, in order (retries included). */
  readonly calls: string[];
}

/** Serves `snapshot`; the first call of each command in `throttleFirst` is throttled. */
export function identityCenterDouble(
  snapshot: IdentityCenterSnapshot,
  throttleFirst: readonly string[] = [],
): Double {
  const calls: string[] = [];
  const throttled = new Set<string>();
  // biome-ignore lint/suspicious/noExplicitAny: the handler's input is the command's input
  const served = (name: string, handler: (input: any) => unknown) => (input: unknown) => {
    calls.push(name);
    if (throttleFirst.includes(name) && !throttled.has(name)) {
      throttled.add(name);
      throw Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      });
    }
    return handler(input);
  };
  const setByArn = new Map(snapshot.permissionSets.map((ps) => [ps.arn, ps]));
  const set = (arn: string) => {
    const ps = setByArn.get(arn);
    if (!ps) throw new ResourceNotFoundException({ message: `no permission set ${arn}`, $metadata: {} });
    return ps;
  };

  const sso = new SSOAdminClient({ region: snapshot.region });
  const ssoMock = mockClient(sso);
  ssoMock.on(ListInstancesCommand).callsFake(
    served('ListInstances', () => ({
      Instances: [
        { InstanceArn: snapshot.instanceArn, IdentityStoreId: snapshot.identityStoreId, Status: 'ACTIVE' },
      ],
    })),
  );
  ssoMock.on(ListPermissionSetsCommand).callsFake(
    served('ListPermissionSets', (i) => {
      const p = page(
        snapshot.permissionSets.map((ps) => ps.arn),
        i.NextToken,
      );
      return { PermissionSets: p.items, NextToken: p.NextToken };
    }),
  );
  ssoMock.on(DescribePermissionSetCommand).callsFake(
    served('DescribePermissionSet', (i) => {
      const ps = set(i.PermissionSetArn);
      return {
        PermissionSet: {
          Name: ps.name,
          PermissionSetArn: ps.arn,
          Description: ps.description,
          SessionDuration: ps.sessionDuration,
          RelayState: ps.relayState,
        },
      };
    }),
  );
  ssoMock.on(ListManagedPoliciesInPermissionSetCommand).callsFake(
    served('ListManagedPoliciesInPermissionSet', (i) => {
      const p = page(set(i.PermissionSetArn).managedPolicyArns, i.NextToken);
      return {
        AttachedManagedPolicies: p.items.map((Arn) => ({ Arn, Name: Arn.slice(Arn.lastIndexOf('/') + 1) })),
        NextToken: p.NextToken,
      };
    }),
  );
  ssoMock.on(ListCustomerManagedPolicyReferencesInPermissionSetCommand).callsFake(
    served('ListCustomerManagedPolicyReferencesInPermissionSet', (i) => {
      const p = page(set(i.PermissionSetArn).customerManagedPolicies, i.NextToken);
      return {
        CustomerManagedPolicyReferences: p.items.map((c) => ({ Name: c.name, Path: c.path })),
        NextToken: p.NextToken,
      };
    }),
  );
  ssoMock.on(GetInlinePolicyForPermissionSetCommand).callsFake(
    served('GetInlinePolicyForPermissionSet', (i) => ({
      InlinePolicy: set(i.PermissionSetArn).inlinePolicy ?? '',
    })),
  );
  ssoMock.on(GetPermissionsBoundaryForPermissionSetCommand).callsFake(
    served('GetPermissionsBoundaryForPermissionSet', (i) => {
      const b = set(i.PermissionSetArn).permissionsBoundary;
      if (!b) throw new ResourceNotFoundException({ message: 'no permissions boundary', $metadata: {} });
      return {
        PermissionsBoundary: b.managedPolicyArn
          ? { ManagedPolicyArn: b.managedPolicyArn }
          : {
              CustomerManagedPolicyReference: {
                Name: b.customerManagedPolicy!.name,
                Path: b.customerManagedPolicy!.path,
              },
            },
      };
    }),
  );
  ssoMock.on(ListAccountsForProvisionedPermissionSetCommand).callsFake(
    served('ListAccountsForProvisionedPermissionSet', (i) => {
      const accounts = [
        ...new Set(
          snapshot.assignments
            .filter((a) => a.permissionSetArn === i.PermissionSetArn)
            .map((a) => a.accountId),
        ),
      ].sort();
      const p = page(accounts, i.NextToken);
      return { AccountIds: p.items, NextToken: p.NextToken };
    }),
  );
  ssoMock.on(ListAccountAssignmentsCommand).callsFake(
    served('ListAccountAssignments', (i) => {
      const here = snapshot.assignments.filter(
        (a) => a.accountId === i.AccountId && a.permissionSetArn === i.PermissionSetArn,
      );
      const p = page(here, i.NextToken);
      return {
        AccountAssignments: p.items.map((a) => ({
          AccountId: a.accountId,
          PermissionSetArn: a.permissionSetArn,
          PrincipalType: a.principalType,
          PrincipalId: a.principalId,
        })),
        NextToken: p.NextToken,
      };
    }),
  );

  const identityStore = new IdentitystoreClient({ region: snapshot.region });
  const idMock = mockClient(identityStore);
  const notFound = (what: string) => new IdentityStoreNotFound({ message: `no ${what}`, $metadata: {} });
  idMock.on(DescribeGroupCommand).callsFake(
    served('DescribeGroup', (i) => {
      const name = snapshot.groups.get(i.GroupId);
      if (name === undefined) throw notFound(`group ${i.GroupId}`);
      return { GroupId: i.GroupId, DisplayName: name, IdentityStoreId: i.IdentityStoreId };
    }),
  );
  idMock.on(DescribeUserCommand).callsFake(
    served('DescribeUser', (i) => {
      const name = snapshot.users.get(i.UserId);
      if (name === undefined) throw notFound(`user ${i.UserId}`);
      return { UserId: i.UserId, UserName: name, IdentityStoreId: i.IdentityStoreId };
    }),
  );

  const organizations = new OrganizationsClient({ region: 'us-east-1' });
  const orgMock = mockClient(organizations);
  const org = snapshot.organization;
  orgMock.on(DescribeOrganizationCommand).callsFake(
    served('DescribeOrganization', () => ({
      Organization: { Id: org.id, MasterAccountId: org.managementAccountId },
    })),
  );
  orgMock
    .on(ListRootsCommand)
    .callsFake(served('ListRoots', () => ({ Roots: [{ Id: ROOT_ID, Name: 'Root' }] })));
  orgMock.on(ListOrganizationalUnitsForParentCommand).callsFake(
    served('ListOrganizationalUnitsForParent', (i) => {
      const p = page(
        org.ous.filter((o) => o.parentId === i.ParentId),
        i.NextToken,
      );
      return {
        OrganizationalUnits: p.items.map((o) => ({ Id: o.ouId, Name: o.name })),
        NextToken: p.NextToken,
      };
    }),
  );
  orgMock.on(ListAccountsForParentCommand).callsFake(
    served('ListAccountsForParent', (i) => {
      const p = page(
        org.accounts.filter((a) => a.parentId === i.ParentId),
        i.NextToken,
      );
      return {
        Accounts: p.items.map((a) => ({ Id: a.accountId, Name: a.name, Email: a.email, State: a.status })),
        NextToken: p.NextToken,
      };
    }),
  );

  return { clients: { ssoAdmin: sso, identityStore, organizations }, calls };
}

/** A clock that never waits, recording each wait. */
export function virtualClock(): Clock & { readonly waits: number[] } {
  let now = Date.UTC(2026, 10, 23);
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}
