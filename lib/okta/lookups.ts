// Lookups a stack makes at deploy time, collected as specs reference them: the security
// stack finds IT's users by login and IT's apps by label; people shards read the `it`
// stack's group ids. Each lookup appears once, however often it is referenced.
import type { App, Person } from '../model/org-model';
import { oktaName } from './names';
import { OKTA_LOOKUPS } from './okta-types';
import { type LookupRef, type LookupSpec, lookup } from './spec';

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

  /** An IT app's Okta id, found by its label (the app's name in apps.yaml). */
  app(app: App): LookupRef {
    return this.add({
      kind: 'invoke',
      name: oktaName('app', app.id),
      token: OKTA_LOOKUPS.app,
      args: { label: app.name, activeOnly: true, skipGroups: true, skipUsers: true },
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

  private add(spec: LookupSpec): LookupRef {
    this.specs.set(spec.name, spec);
    return lookup(spec.name);
  }
}
