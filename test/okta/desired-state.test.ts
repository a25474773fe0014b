import { oktaDesiredState, stackSpecJson } from '../../lib/okta/desired-state';
import { referencesIn, type StackSpec } from '../../lib/okta/spec';
import { exampleModel } from './support/example';

const model = exampleModel();
const stacks = oktaDesiredState(model);
const it = stacks.find((s) => s.stack === 'it')!;
const security = stacks.find((s) => s.stack === 'security')!;
const names = (spec: StackSpec, type: string) =>
  spec.resources.filter((r) => r.type === type).map((r) => r.name);

describe('the example org’s desired Okta state', () => {
  test('two stacks: it and security (people are not sharded at this size)', () => {
    expect(stacks.map((s) => [s.stack, s.side])).toEqual([
      ['it', 'it'],
      ['security', 'security'],
    ]);
  });

  test('contains every person, group and app', () => {
    expect(names(it, 'okta:user/user:User')).toEqual(model.people.map((p) => `user.${p.id}`));
    expect(
      [...names(it, 'okta:group/group:Group'), ...names(security, 'okta:group/group:Group')].sort(),
    ).toEqual(
      // and, per side, the group it assigns the provisioned Identity Center app to
      [
        ...model.groups.map((g) => `group.${g.id}`),
        ...Array(2).fill('group.aws-identity-center.assigned'),
      ].sort(),
    );
    const apps = it.resources.filter(
      (r) => r.type.startsWith('okta:app/') && !r.type.endsWith('GroupAssignment'),
    );
    expect(apps.map((r) => r.name)).toEqual(model.apps.map((a) => `app.${a.id}`));
  });

  test('the it stack holds nothing privileged and references nothing of security’s', () => {
    const securityGroups = model.groups.filter((g) => g.side === 'security').map((g) => `group.${g.id}`);
    expect(it.resources.filter((r) => securityGroups.includes(r.name))).toEqual([]);
    const refs = it.resources.flatMap((r) => referencesIn(r.inputs));
    expect(refs.filter((r) => '$ref' in r && securityGroups.includes(r.$ref))).toEqual([]);
    // Its one lookup is Okta's own: who is suspended or deactivated now (memberships leave them out).
    expect(it.lookups).toEqual([
      {
        kind: 'invoke',
        name: 'users.inactive',
        token: 'okta:user/getUsers:getUsers',
        args: { searches: [{ expression: 'status eq "SUSPENDED" or status eq "DEPROVISIONED"' }] },
      },
    ]);
    expect(it.resources.filter((r) => /group\/role|policy\/signon|logStream/.test(r.type))).toEqual([]);
  });

  test('the security stack declares nothing of IT’s: no users, apps or everyday groups', () => {
    expect(security.resources.filter((r) => /user\/user|app\/(saml|oAuth|bookmark)/.test(r.type))).toEqual(
      [],
    );
    const itGroups = model.groups.filter((g) => g.side === 'it').map((g) => `group.${g.id}`);
    expect(security.resources.filter((r) => itGroups.includes(r.name))).toEqual([]);
  });

  test('every reference resolves to a resource or lookup of the same stack', () => {
    for (const spec of stacks) {
      const resources = new Set(spec.resources.map((r) => r.name));
      const lookups = new Set(spec.lookups.map((l) => l.name));
      for (const r of spec.resources)
        for (const x of referencesIn(r.inputs))
          expect([spec.stack, r.name, '$ref' in x ? resources.has(x.$ref) : lookups.has(x.$lookup)]).toEqual([
            spec.stack,
            r.name,
            true,
          ]);
    }
  });

  test('users, groups, apps and the log stream are protected; users are retained on delete', () => {
    for (const r of [...it.resources, ...security.resources]) {
      const shouldProtect = /user\/user|group\/group|app\/(saml|oAuth|bookmark)|logStream/.test(r.type);
      expect([r.name, r.options.protect === true]).toEqual([r.name, shouldProtect]);
      expect([r.name, r.options.retainOnDelete === true]).toEqual([r.name, r.type === 'okta:user/user:User']);
    }
  });

  test('resources are sorted by name', () => {
    for (const spec of stacks)
      expect(spec.resources.map((r) => r.name)).toEqual(spec.resources.map((r) => r.name).sort());
  });

  test('deterministic: two runs give identical bytes', () => {
    const again = oktaDesiredState(exampleModel());
    expect(again.map(stackSpecJson)).toEqual(stacks.map(stackSpecJson));
  });

  test('canonical JSON: keys sorted at every level, trailing newline', () => {
    const json = stackSpecJson(it);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.indexOf('"lookups"')).toBeLessThan(json.indexOf('"outputs"'));
    const user = JSON.stringify(
      JSON.parse(json).resources.find((r: { name: string }) => r.name === 'user.ravi-patel'),
    );
    expect(user.indexOf('"component"')).toBeLessThan(user.indexOf('"inputs"'));
    expect(user.indexOf('"department"')).toBeLessThan(user.indexOf('"displayName"'));
  });
});
