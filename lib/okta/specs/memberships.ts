// Explicit group memberships: one GroupMemberships resource per group (per shard, when
// people are sharded), listing the users the config puts in it. Expired memberships are
// already gone from the model, so the next deploy removes them. Anyone past their end date
// (suspended or deprovisioned) is left out of every explicit group, whatever the config
// still lists: a deploy never puts a leaver back into a group offboarding removed them from.
// Nor anyone Okta shows suspended or deactivated when the stack deploys (an emergency
// offboarding, a suspension by hand, before the config has their end date): the lifecycle
// owns status, and a deploy does not overrule it.
import type { Group, Person } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { LookupRef, ResourceSpec, SpecValue } from '../spec';

/** Whether the person's end date has passed: they hold no explicit membership from then on. */
export const pastEndDate = (person: Person | undefined) =>
  person?.status === 'suspended' || person?.status === 'deprovisioned';

export interface MembershipOptions {
  readonly component: string;
  /** The group's Okta id: a reference to the group, or a lookup when it lives elsewhere. */
  readonly groupId: (groupId: string) => SpecValue;
  readonly userId: (personId: string) => SpecValue;
  /** Whether this stack manages this person's memberships (their shard, for example). */
  readonly includes: (personId: string) => boolean;
  /**
   * Remove members added outside the config. Only possible when one resource owns the
   * whole group; shards each own part of it.
   */
  readonly trackAllUsers: boolean;
  /**
   * Okta's suspended and deactivated users (`Lookups.inactiveUsers()`), left out at deploy time.
   * @default - no deploy-time filter
   */
  readonly inactiveUsers?: LookupRef;
}

export function membershipSpecs(
  groups: readonly Group[],
  people: ReadonlyMap<string, Person>,
  options: MembershipOptions,
): ResourceSpec[] {
  const specs: ResourceSpec[] = [];
  for (const group of groups) {
    if (group.kind !== 'explicit') continue;
    const members = group.members
      .map((m) => m.person)
      .filter((id) => options.includes(id) && !pastEndDate(people.get(id)));
    if (members.length === 0) continue;
    specs.push({
      type: OKTA.groupMemberships,
      name: oktaName('group-members', group.id),
      component: options.component,
      inputs: {
        groupId: options.groupId(group.id),
        users: options.inactiveUsers
          ? { $activeUsers: members.map(options.userId), inactive: options.inactiveUsers }
          : members.map(options.userId),
        trackAllUsers: options.trackAllUsers,
      },
      options: {},
    });
  }
  return specs;
}
