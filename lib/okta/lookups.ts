// Lookups a stack makes at deploy time, collected as specs reference them: the security
// stack finds IT's users by login and IT's apps by label; people shards read the `it`
// stack's group ids. Each lookup appears once, however often it is referenced.
import type { App, Group, Person } from '../model/org-model';
import { oktaName } from './names';
import { OKTA_LOOKUPS } from './okta-types';
import { type LookupRef, type LookupSpec, lookup } from './spec';

/** Okta's user search for the statuses offboarding leaves (suspended, then deactivated). */
export const INACTIVE_USERS_SEARCH = 'status eq "SUSPENDED" or status eq "DEPROVISIONED"';

/** Okta's own apps, by the label Okta gives them. */
export const OKTA_APPS = { 'admin-console': 'Okta Admin Console', dashboard: 'Okta Dashboard' } as const;

export class Lookups {
  private readonly specs = new Map<string, LookupSpec>();

  /** An IT user's Okta id, found by login (their email). */
  user(person: Person): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('user', person.id),
      token: OKTA_LOOKUPS.user,
      args: { searches: [{ name: 'profile.login', value: person.email }], skipGroups: true, skipRoles: true },
    });
  }

  /**
   * An IT app's Okta id, found by its label (the app's name in apps.yaml). No `skipGroups` or
   * `skipUsers`: the provider deprecates both (no-ops since it stopped reading groups and users).
   */
  app(app: App): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('app', app.id),
      token: OKTA_LOOKUPS.app,
      args: { label: app.name, activeOnly: true },
    });
  }

  /**
   * One of Okta's own apps, found by its label: the Okta Admin Console (`saasure`) or the
   * Okta Dashboard (`okta_enduser`), which every org has and no config declares.
   */
  oktaApp(app: keyof typeof OKTA_APPS): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('okta-app', app),
      token: OKTA_LOOKUPS.app,
      args: { label: OKTA_APPS[app], activeOnly: true },
    });
  }

  /** The authentication policy Okta gave one of its own apps (the one the STIG checks). */
  oktaAppPolicy(app: keyof typeof OKTA_APPS): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('okta-app-policy', app),
      token: OKTA_LOOKUPS.appSignonPolicy,
      args: { appId: this.oktaApp(app) },
    });
  }

  /**
   * The users the lifecycle has suspended or deactivated, read when the stack deploys (one
   * paginated search): explicit memberships leave them out, so a deploy never puts back
   * someone offboarded before the config says so (an emergency, a suspension by hand).
   */
  inactiveUsers(): LookupRef {
    return this.add(
      {
        kind: 'invoke',
        name: 'users.inactive',
        token: OKTA_LOOKUPS.users,
        args: { searches: [{ expression: INACTIVE_USERS_SEARCH }] },
      },
      'users',
    );
  }

  /** An IT group's Okta id, found by its exact name. */
  group(group: Group): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('group', group.id),
      token: OKTA_LOOKUPS.group,
      args: { name: group.name, type: 'OKTA_GROUP' },
    });
  }

  /** Okta's built-in Everyone group. */
  everyoneGroup(): LookupRef {
    return this.add({ kind: 'invoke', name: 'everyone-group', token: OKTA_LOOKUPS.everyoneGroup, args: {} });
  }

  /** A key of a map output of another stack of this project. */
  stackOutput(stack: string, output: string, key: string): LookupRef {
    const name = oktaName('stack', stack);
    this.specs.set(name, { kind: 'stack-output', name, stack });
    return lookup(name, `${output}.${key}`);
  }

  list(): LookupSpec[] {
    return [...this.specs.values()];
  }

  private add(spec: LookupSpec, property?: string): LookupRef {
    this.specs.set(spec.name, spec);
    return lookup(spec.name, property);
  }
}
