// What each elevation's schedule will send, from the model. A membership: who, which group
// (by the name Okta and Identity Center know it by), when, and which permission sets' open
// sessions end with it. A grant: which group, which permission set, on which accounts (by
// id), when; the permission set's ARN is the stack's to fill in. Pure; the Security stack
// turns each into a one-time schedule.
import type { OrgModel } from '../../model/org-model';
import type { ElevationExpiryRequest, GrantExpiryRequest } from './elevation-case';

/** A grant's end before the stack names its permission set's ARN. */
export type GrantExpiry = Omit<GrantExpiryRequest, 'permissionSetArn'>;

export function grantExpiryRequests(model: Pick<OrgModel, 'elevations' | 'groups' | 'aws'>): GrantExpiry[] {
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const accounts = new Map(model.aws.accounts.map((a) => [a.id, a.accountId]));
  return model.elevations
    .filter((e) => e.kind === 'grant')
    .map((e) => ({
      action: 'expire-grant' as const,
      key: e.key,
      group: e.group,
      groupName: groups.get(e.group)!.name,
      permissionSet: e.permissionSet!,
      accountIds: [...new Set((e.accounts ?? []).map((a) => accounts.get(a)!))].sort(),
      expiresAt: e.window.expiresAt,
    }));
}

export function elevationExpiryRequests(
  model: Pick<OrgModel, 'elevations' | 'people' | 'groups' | 'grants'>,
): ElevationExpiryRequest[] {
  const people = new Map(model.people.map((p) => [p.id, p]));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  return model.elevations
    .filter((e) => e.kind === 'membership')
    .map((e) => ({
      action: 'expire' as const,
      key: e.key,
      person: e.person!,
      login: people.get(e.person!)!.email,
      group: e.group,
      groupName: groups.get(e.group)!.name,
      expiresAt: e.window.expiresAt,
      permissionSets: [
        ...new Set(model.grants.filter((g) => g.group === e.group).map((g) => g.permissionSet)),
      ].sort(),
    }));
}
