// The IT side's Okta stacks: `it` holds groups, group rules, apps, their assignments and the
// pushes to AWS Identity Center (the apps' authentication policies are Security's); users and explicit memberships live in
// `it` too, or, for a large org, in `it-people-<n>` shards that read group ids from `it`.
// Nothing here references a security resource.
import type { OrgModel } from '../model/org-model';
import { ownerSlice } from '../model/partition';
import { Lookups } from './lookups';
import { peopleStackName, shardCount, shardOf, USERS_PER_STACK } from './people-shards';
import { type ResourceSpec, ref, type StackSpec, stackSpec } from './spec';
import { appAccessSpecs } from './specs/app-access';
import { appName, appSpecs } from './specs/apps';
import { groupName, groupRuleSpecs, groupSpecs } from './specs/groups';
import { identityCenterAssignmentGroups } from './specs/identity-center-app';
import { membershipSpecs } from './specs/memberships';
import { inPriorityOrder } from './specs/priority-order';
import { userName, userSpecs } from './specs/users';

export interface ItDesiredStateOptions {
  /** Users per stack before people are sharded (default 1,500). */
  readonly usersPerStack?: number;
}

export function itStackSpecs(model: OrgModel, options: ItDesiredStateOptions = {}): StackSpec[] {
  const it = ownerSlice(model, 'it');
  const people = new Map(it.people.map((p) => [p.id, p]));
  // IT's groups, and the ones it assigns provisioned Identity Center apps to.
  const groups = [
    ...it.groups,
    ...identityCenterAssignmentGroups(model.apps, model.groups, model.grants, 'it'),
  ];
  const core: ResourceSpec[] = inPriorityOrder([
    ...groupSpecs(groups, 'Groups'),
    ...groupRuleSpecs(it.groups, model),
    ...appSpecs(it.apps, model.guardrails.oidc),
    ...appAccessSpecs(it.apps, model.groups, model.grants, {
      side: 'it',
      component: 'AppAccess',
      appId: (id) => ref(appName(id)),
      groupId: (id) => ref(groupName(id)),
    }),
  ]);
  const outputs = { groupIds: Object.fromEntries(groups.map((g) => [g.id, ref(groupName(g.id))])) };
  const shards = shardCount(it.people.length, options.usersPerStack ?? USERS_PER_STACK);

  if (shards === 1) {
    const lookups = new Lookups();
    const resources = [
      ...core,
      ...userSpecs(it.people),
      ...membershipSpecs(groups, people, {
        component: 'Memberships',
        groupId: (id) => ref(groupName(id)),
        userId: (id) => ref(userName(id)),
        includes: () => true,
        trackAllUsers: true,
        inactiveUsers: lookups.inactiveUsers(),
      }),
    ];
    return [stackSpec('it', 'it', resources, lookups.list(), outputs)];
  }

  const shardOfPerson = new Map(it.people.map((p) => [p.id, shardOf(p.id, shards)]));
  const peopleStacks = Array.from({ length: shards }, (_, shard) => {
    const lookups = new Lookups();
    const resources = [
      ...userSpecs(
        it.people.filter((p) => shardOfPerson.get(p.id) === shard),
        it.people,
      ),
      ...membershipSpecs(groups, people, {
        component: 'Memberships',
        groupId: (id) => lookups.stackOutput('it', 'groupIds', id),
        userId: (id) => ref(userName(id)),
        includes: (id) => shardOfPerson.get(id) === shard,
        trackAllUsers: false,
        inactiveUsers: lookups.inactiveUsers(),
      }),
    ];
    return stackSpec(peopleStackName(shard), 'it', resources, lookups.list());
  });
  return [stackSpec('it', 'it', core, [], outputs), ...peopleStacks];
}
