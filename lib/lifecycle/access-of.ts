// What a person can reach with given attributes (department, title, type): rule groups
// that match, the explicit groups they are listed in, and the apps and AWS access those
// bring. The mover report compares this before and after a change.
import { ruleMatches } from '../model/group-rule';
import type { LifecycleDirectory } from './lifecycle-directory';

export interface PersonAttributes {
  readonly department: string;
  readonly title: string;
  readonly type: string;
}

export interface AccessSet {
  readonly groups: readonly string[];
  readonly apps: readonly string[];
  /** `account/permission-set` */
  readonly aws: readonly string[];
}

export function accessOf(
  directory: LifecycleDirectory,
  personId: string,
  attrs: PersonAttributes,
): AccessSet {
  const groups = directory.groups
    .filter((g) => (g.rule ? ruleMatches(g.rule, attrs) : g.explicit.includes(personId)))
    .map((g) => g.id);
  const inGroup = new Set(groups);
  const apps = directory.apps
    .filter((a) => a.people.includes(personId) || a.groups.some((g) => inGroup.has(g)))
    .map((a) => a.id);
  const aws = directory.grants
    .filter((g) => inGroup.has(g.group))
    .flatMap((g) => g.accounts.map((account) => `${account}/${g.permissionSet}`));
  return { groups: sorted(groups), apps: sorted(apps), aws: sorted(aws) };
}

export interface AccessDelta {
  readonly gained: AccessSet;
  readonly lost: AccessSet;
}

export function accessDelta(before: AccessSet, after: AccessSet): AccessDelta {
  const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
  return {
    gained: {
      groups: minus(after.groups, before.groups),
      apps: minus(after.apps, before.apps),
      aws: minus(after.aws, before.aws),
    },
    lost: {
      groups: minus(before.groups, after.groups),
      apps: minus(before.apps, after.apps),
      aws: minus(before.aws, after.aws),
    },
  };
}

const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
