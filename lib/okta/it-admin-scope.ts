// What IT's Okta credentials may administer, from the model: custom admin roles bound to a
// resource set that holds every user, IT's everyday groups and IT's apps (by id: "every app"
// would include Security's own service app, whose keys IT could then add to), never a group
// that carries privilege (Security's groups, groups holding an Okta admin role, and groups
// granted a privileged permission set or any access to the management, log archive or audit
// account, i.e. those pushed to AWS admin access), nor admin roles or org-wide policies.
// Okta enforces it: even a malicious IT deploy (the `it` Pulumi stack) or a compromised
// lifecycle runtime cannot touch them. Permissions are Okta's documented custom-role
// permission names; which ones IT's deploy needs follows from the resource types IT's Okta
// stacks declare, so a type the role does not cover is reported, never silently granted.
// Pure: `blueprint okta-admin-setup` prints the Okta API calls that create it.
import type { Group, OrgModel } from '../model/org-model';
import { orgSlug } from '../model/org-slug';
import { ownerSlice } from '../model/partition';
import { itStackSpecs } from './it-desired-state';
import { OKTA, type OktaType } from './okta-types';
import { identityCenterAssignmentGroups } from './specs/identity-center-app';

/** What IT's Okta resource types need, or why the role leaves them out. */
const PERMISSIONS_BY_TYPE: Readonly<Record<OktaType, readonly string[] | { readonly notGranted: string }>> = {
  [OKTA.user]: [
    'okta.users.read',
    'okta.users.userprofile.manage',
    'okta.users.lifecycle.activate',
    'okta.users.lifecycle.deactivate',
    'okta.users.lifecycle.suspend',
    'okta.users.lifecycle.unsuspend',
  ],
  [OKTA.group]: ['okta.groups.read', 'okta.groups.manage'],
  [OKTA.groupRule]: ['okta.groups.manage'],
  [OKTA.groupMemberships]: ['okta.groups.members.manage', 'okta.users.groupMembership.manage'],
  [OKTA.samlApp]: ['okta.apps.read', 'okta.apps.manage'],
  [OKTA.oauthApp]: ['okta.apps.read', 'okta.apps.manage'],
  [OKTA.bookmarkApp]: ['okta.apps.read', 'okta.apps.manage'],
  [OKTA.appGroupAssignment]: ['okta.apps.assignment.manage', 'okta.groups.appAssignment.manage'],
  [OKTA.pushGroup]: ['okta.apps.manage', 'okta.groups.read'],
  [OKTA.appSignonPolicy]: {
    notGranted:
      "Okta's policy permissions reach every policy of the org (global session, password, authenticators): app sign-on (MFA) policies belong in Security's stack",
  },
  [OKTA.appSignonPolicyRule]: {
    notGranted:
      "Okta's policy permissions reach every policy of the org (global session, password, authenticators): app sign-on (MFA) policies belong in Security's stack",
  },
  [OKTA.groupRole]: { notGranted: 'admin roles are Security’s: a custom role may never manage roles' },
  [OKTA.signonPolicy]: { notGranted: 'org-wide sign-on policies are Security’s' },
  [OKTA.signonPolicyRule]: { notGranted: 'org-wide sign-on policies are Security’s' },
  [OKTA.logStream]: { notGranted: 'the System Log stream is Security’s' },
  [OKTA.passwordPolicy]: { notGranted: 'password and lockout policies are Security’s' },
  [OKTA.passwordPolicyRule]: { notGranted: 'password and lockout policies are Security’s' },
  [OKTA.defaultPasswordPolicy]: { notGranted: 'password and lockout policies are Security’s' },
  [OKTA.authenticatorPolicy]: { notGranted: 'authenticator enrollment policies are Security’s' },
  [OKTA.authenticatorPolicyRule]: { notGranted: 'authenticator enrollment policies are Security’s' },
  [OKTA.networkZone]: { notGranted: 'network zones are Security’s' },
  [OKTA.threatInsight]: { notGranted: 'ThreatInsight is Security’s' },
  [OKTA.behaviour]: { notGranted: 'behaviour detection is Security’s' },
  [OKTA.securityNotificationEmails]: { notGranted: 'security notification emails are Security’s' },
  [OKTA.appAccessPolicyAssignment]: {
    notGranted: 'which authentication policy protects an app is Security’s (it decides the factors)',
  },
};

/**
 * What the lifecycle runtime (lib/lifecycle) calls on people IT manages: activate joiners;
 * suspend, sign out, revoke tokens, reset factors, remove memberships and direct app
 * assignments, and deactivate leavers. Never passwords, never deletion.
 */
export const LIFECYCLE_PERMISSIONS: readonly string[] = [
  'okta.apps.assignment.manage',
  'okta.apps.read',
  'okta.groups.members.manage',
  'okta.groups.read',
  'okta.users.appAssignment.manage',
  'okta.users.credentials.resetFactors',
  'okta.users.groupMembership.manage',
  'okta.users.lifecycle.activate',
  'okta.users.lifecycle.clearSessions',
  'okta.users.lifecycle.deactivate',
  'okta.users.lifecycle.suspend',
  'okta.users.lifecycle.unsuspend',
  'okta.users.read',
];

/** Okta lets these apply to "all groups" only, so they get their own role over every group. */
const CREATE_PERMISSIONS: readonly string[] = ['okta.groups.create', 'okta.users.create'];

/** Permissions no IT role may hold, whatever IT's stacks declare. */
export const NEVER_GRANTED: readonly string[] = [
  'okta.apps.manageFirstPartyApps',
  'okta.authzServers.manage',
  'okta.customizations.manage',
  'okta.iam.read',
  'okta.identityProviders.manage',
  'okta.policies.manage',
  'okta.roles.manage',
  'okta.users.credentials.manage',
  'okta.users.credentials.resetPassword',
  'okta.users.lifecycle.delete',
  'okta.users.manage',
];

export type ScopeResource =
  | { readonly kind: 'all-users' }
  | { readonly kind: 'all-groups' }
  | { readonly kind: 'group'; readonly group: string; readonly name: string }
  | { readonly kind: 'app'; readonly app: string; readonly label: string };

export interface AdminRoleSpec {
  readonly label: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

export interface ResourceSetSpec {
  readonly label: string;
  readonly description: string;
  readonly resources: readonly ScopeResource[];
}

/** Which credential a binding is for: the `it` Pulumi stack's service app, or the lifecycle runtime's. */
export type ItCredential = 'deploy' | 'lifecycle';

export interface BindingSpec {
  readonly resourceSet: string;
  readonly role: string;
  readonly members: readonly ItCredential[];
}

export interface ExcludedGroup {
  readonly group: string;
  readonly name: string;
  readonly reasons: readonly string[];
}

export interface ItAdminScope {
  readonly roles: readonly AdminRoleSpec[];
  readonly resourceSets: readonly ResourceSetSpec[];
  readonly bindings: readonly BindingSpec[];
  /** Groups IT's credentials can never administer, each with why. */
  readonly excludedGroups: readonly ExcludedGroup[];
  /** Resource types IT's Okta stacks declare that the role deliberately does not cover. */
  readonly notGranted: readonly {
    readonly type: string;
    readonly resources: number;
    readonly reason: string;
  }[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Why a group carries privilege (empty when it does not). */
export function privilegeReasons(model: OrgModel, group: Group): string[] {
  const reasons: string[] = [];
  if (group.side === 'security' || group.privileged) reasons.push('privileged group (Security’s)');
  for (const r of model.oktaAdminRoles)
    if (r.group === group.id) reasons.push(`holds the Okta admin role ${r.role}`);
  const privilegedSets = new Set(
    model.permissionSets.filter((ps) => ps.privileged || ps.side === 'security').map((ps) => ps.id),
  );
  const sensitive = sensitiveAccounts(model);
  for (const grant of model.grants) {
    if (grant.group !== group.id) continue;
    if (privilegedSets.has(grant.permissionSet))
      reasons.push(`pushed to AWS with the privileged permission set ${grant.permissionSet}`);
    const into = grant.accounts.filter((a) => sensitive.has(a));
    if (into.length) reasons.push(`pushed to AWS with access to ${into.join(', ')}`);
  }
  return sorted(reasons);
}

/** The management, log archive and audit accounts (config ids): access there is privileged. */
export function sensitiveAccounts(model: OrgModel): Set<string> {
  return new Set([
    ...model.aws.accounts.filter((a) => a.role !== 'workload').map((a) => a.id),
    model.logging.trail.archiveAccount,
    model.monitoring.auditAccount,
  ]);
}

export function itAdminScope(model: OrgModel): ItAdminScope {
  const slug = orgSlug(model);
  const excludedGroups: ExcludedGroup[] = [];
  const managed: Group[] = [];
  for (const group of [...model.groups].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const reasons = privilegeReasons(model, group);
    if (reasons.length) excludedGroups.push({ group: group.id, name: group.name, reasons });
    else if (group.side === 'it') managed.push(group);
  }
  // The group IT assigns a provisioned Identity Center app to is IT's to maintain.
  managed.push(...identityCenterAssignmentGroups(model.apps, model.groups, model.grants, 'it'));

  const counts = new Map<string, number>();
  for (const stack of itStackSpecs(model))
    for (const r of stack.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const deploy = new Set<string>();
  const notGranted: ItAdminScope['notGranted'][number][] = [];
  for (const [type, resources] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const need = PERMISSIONS_BY_TYPE[type as OktaType];
    if (need === undefined) throw new Error(`internal: no Okta permissions known for ${type}`);
    if ('notGranted' in need) notGranted.push({ type, resources, reason: need.notGranted });
    else for (const p of need) deploy.add(p);
  }

  const it = ownerSlice(model, 'it');
  const people = it.people.length;
  const apps = [...it.apps].sort((a, b) => (a.id < b.id ? -1 : 1));
  const roles: AdminRoleSpec[] = [
    {
      label: `${slug}-it-deploy`,
      description: `${model.name} IT deploy (Pulumi stack it): IT's users, everyday groups and apps`,
      permissions: sorted(deploy),
    },
    {
      label: `${slug}-it-lifecycle`,
      description: `${model.name} IT lifecycle automation: joiners and leavers, never passwords or deletion`,
      permissions: sorted(LIFECYCLE_PERMISSIONS),
    },
    {
      label: `${slug}-it-create`,
      description: `${model.name} IT deploy: create users and groups (Okta scopes creation to all groups)`,
      permissions: sorted(CREATE_PERMISSIONS),
    },
  ];
  for (const role of roles) {
    const forbidden = role.permissions.filter((p) => NEVER_GRANTED.includes(p));
    if (forbidden.length)
      throw new Error(`internal: IT role ${role.label} would hold ${forbidden.join(', ')}`);
  }
  const resourceSets: ResourceSetSpec[] = [
    {
      label: `${slug}-it`,
      description: `${model.name}: all ${people} people, IT's ${managed.length} everyday groups and ${apps.length} apps; no privileged group`,
      resources: [
        { kind: 'all-users' },
        ...managed.map((g) => ({ kind: 'group' as const, group: g.id, name: g.name })),
        ...apps.map((a) => ({ kind: 'app' as const, app: a.id, label: a.name })),
      ],
    },
    {
      label: `${slug}-it-create`,
      description: `${model.name}: every group, for creating users and groups only`,
      resources: [{ kind: 'all-groups' }],
    },
  ];
  return {
    roles,
    resourceSets,
    bindings: [
      { resourceSet: `${slug}-it`, role: `${slug}-it-deploy`, members: ['deploy'] },
      { resourceSet: `${slug}-it`, role: `${slug}-it-lifecycle`, members: ['lifecycle'] },
      { resourceSet: `${slug}-it-create`, role: `${slug}-it-create`, members: ['deploy'] },
    ],
    excludedGroups,
    notGranted,
  };
}
