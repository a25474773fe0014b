// What each membership elevation's schedule will send, from the model: who, which group
// (by the name Okta and Identity Center know it by), when, and which permission sets' open
// sessions end with it. Pure; the Security stack turns each into a one-time schedule.
import type { OrgModel } from '../../model/org-model';
import type { ElevationExpiryRequest } from './elevation-case';

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
