// Fills a fake Okta org from a lifecycle directory the way the Okta stacks would have:
// one user per person (profile as lib/okta sets it), groups named by display name, a
// group rule per rule-based group, explicit memberships, apps assigned to groups and
// people — plus what people accumulate by using Okta: sessions, MFA factors, OAuth
// consent grants and refresh tokens.

import type { LifecycleDirectory } from '../../lib/lifecycle/lifecycle-directory';
import { ruleMatches } from '../../lib/model/group-rule';
import type { FakeOktaState, FakeUser } from './fake-okta-state';

export const OAUTH_CLIENTS = { '0oaclientmobileapp': 'Acme Mobile', '0oaclientcli': 'Acme CLI' } as const;

export function seedFromDirectory(state: FakeOktaState, directory: LifecycleDirectory, today: string): void {
  const departmentId = new Map(directory.departments.map((d) => [d.name, d.id]));
  const departmentName = new Map(directory.departments.map((d) => [d.id, d.name]));
  for (const [id, name] of Object.entries(OAUTH_CLIENTS)) state.clients.set(id, name);
  const now = state.timestamp();

  for (const person of directory.people) {
    const [firstName, ...rest] = person.name.split(' ');
    const user: FakeUser = {
      id: state.nextId('00u'),
      status: person.start > today ? 'STAGED' : 'ACTIVE',
      created: now,
      statusChanged: now,
      lastUpdated: now,
      profile: {
        login: person.email,
        email: person.email,
        firstName,
        lastName: rest.join(' ') || firstName,
        department: departmentName.get(person.department) ?? person.department,
        title: person.title,
        userType: person.type,
        ...(person.manager ? { managerId: person.manager } : {}),
      },
      sessions: 0,
      factors: [],
      grants: [],
      tokens: {},
    };
    if (user.status === 'ACTIVE') {
      user.sessions = 2;
      user.factors = [state.nextId('uft'), state.nextId('sms')];
      user.grants = [
        { id: state.nextId('oag'), clientId: '0oaclientmobileapp', scopeId: 'okta.users.read.self' },
      ];
      user.tokens = { '0oaclientmobileapp': 1, '0oaclientcli': 2 };
    }
    state.users.push(user);
  }

  const groupIds = new Map<string, string>();
  for (const group of directory.groups) {
    const id = state.nextId('00g');
    groupIds.set(group.id, id);
    state.groups.push({ id, name: group.name, type: 'OKTA_GROUP' });
    if (group.rule) {
      const rule = group.rule;
      state.rules.push({
        id: state.nextId('0pr'),
        name: group.id.slice(0, 50),
        groupIds: [id],
        expression: `fake rule for ${group.id}`,
        matches: (u) =>
          ruleMatches(rule, {
            department: departmentId.get(u.profile.department ?? '') ?? '',
            title: u.profile.title ?? '',
            type: u.profile.userType ?? '',
          }),
      });
    }
    const members = new Set(group.explicit.map((p) => userOf(state, directory, p).id));
    state.members.set(id, members);
  }

  for (const app of directory.apps)
    state.apps.push({
      id: state.nextId('0oa'),
      label: app.name,
      groupIds: app.groups.map((g) => groupIds.get(g)!),
      userIds: app.people.map((p) => userOf(state, directory, p).id),
    });
}

export function userOf(state: FakeOktaState, directory: LifecycleDirectory, personId: string): FakeUser {
  const email = directory.people.find((p) => p.id === personId)?.email;
  const user = email ? state.findUser(email) : undefined;
  if (!user) throw new Error(`fake Okta: no user for ${personId}`);
  return user;
}
