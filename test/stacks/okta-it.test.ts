// The real Pulumi program for the `it` stack, run under Pulumi's mocks on the example org:
// it registers exactly the specs `blueprint plan` writes (types, names, inputs, options),
// so the offline plan is what `pulumi up` would do.
import { resolve } from 'node:path';
import type * as pulumi from '@pulumi/pulumi';
import type * as OktaProgram from '../../bin/okta';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { componentName } from '../../lib/okta/program/okta-component';
import { checkOrg } from '../../lib/policy/check-org';
import { customResources, type MockRun, resolvedInputs, runUnderMocks } from '../okta/support/pulumi-mocks';

const TODAY = '2026-11-23';
const CONFIG = resolve(__dirname, '../../config');
const spec = oktaDesiredState(checkOrg(CONFIG, { today: TODAY }).model!).find((s) => s.stack === 'it')!;
let run: MockRun;

beforeAll(async () => {
  run = await runUnderMocks('it', { 'blueprint:today': TODAY, 'blueprint:config': CONFIG }, async () => {
    // Loaded only now, after setMocks: a static import would be hoisted above it.
    const { oktaProgram }: typeof OktaProgram = require('../../bin/okta');
    return oktaProgram();
  });
}, 20_000);

describe('Okta it stack under Pulumi mocks', () => {
  test('registers one Okta resource per spec, and nothing else', () => {
    const registered = customResources(run);
    expect([...registered.keys()].sort()).toEqual(spec.resources.map((r) => r.name));
    expect(run.registrations.filter((r) => r.custom && !r.type.startsWith('okta:'))).toEqual([]);
  });

  test('each resource has the type, inputs and options of its spec', () => {
    const registered = customResources(run);
    for (const s of spec.resources) {
      const r = registered.get(s.name)!;
      expect({ name: s.name, type: r.type }).toEqual({ name: s.name, type: s.type });
      expect({ name: s.name, inputs: r.inputs }).toEqual({
        name: s.name,
        inputs: resolvedInputs(s.inputs, spec.lookups),
      });
      expect({
        name: s.name,
        protect: r.protect,
        retainOnDelete: r.retainOnDelete,
        ignoreChanges: r.ignoreChanges,
        dependsOn: r.dependsOn,
      }).toEqual({
        name: s.name,
        protect: s.options.protect === true,
        retainOnDelete: s.options.retainOnDelete === true,
        ignoreChanges: s.options.ignoreChanges ?? [],
        dependsOn: [...(s.options.dependsOn ?? [])].sort(),
      });
    }
  });

  test('users are protected, retained on delete, and ignore status changes (the lifecycle owns status)', () => {
    const users = [...customResources(run).values()].filter((r) => r.type === 'okta:user/user:User');
    expect(users).toHaveLength(40);
    expect(users.every((u) => u.protect && u.retainOnDelete)).toBe(true);
    expect(new Set(users.map((u) => JSON.stringify(u.ignoreChanges)))).toEqual(new Set(['["status"]']));
  });

  test('each resource sits under its component, and components under the stack', () => {
    const components = run.registrations.filter(
      (r) => r.type.startsWith('blueprint:okta:') && r.type !== 'blueprint:okta:ItStack',
    );
    const root = run.registrations.find((r) => r.type === 'blueprint:okta:ItStack')!;
    expect(root.name).toBe('it');
    expect(components.map((c) => c.type).sort()).toEqual(
      [...new Set(spec.resources.map((s) => `blueprint:okta:${s.component}`))].sort(),
    );
    for (const c of components) expect(c.parent).toMatch(/blueprint:okta:ItStack::it$/);
    const registered = customResources(run);
    for (const s of spec.resources)
      expect(registered.get(s.name)!.parent).toMatch(
        new RegExp(`blueprint:okta:${s.component}::${componentName(s.component)}$`),
      );
  });

  test("makes one lookup, Okta's inactive users (the it stack depends on nothing else)", () => {
    expect(run.calls).toEqual([
      {
        token: 'okta:user/getUsers:getUsers',
        args: { searches: [{ expression: 'status eq "SUSPENDED" or status eq "DEPROVISIONED"' }] },
      },
    ]);
  });

  test('exports the Okta id of every IT group, for people shards', async () => {
    const { groupIds } = run.outputs as { groupIds: pulumi.Output<Record<string, string>> };
    const value = await new Promise((done) => groupIds.apply(done));
    // 12 config groups and the one IT assigns the provisioned Identity Center app to
    expect(Object.keys(value as object)).toHaveLength(13);
    expect(value).toMatchObject({ engineering: 'group.engineering-id', oncall: 'group.oncall-id' });
  });

  test('a user registers its profile, created STAGED whatever its dates (the lifecycle activates it)', () => {
    expect(customResources(run).get('user.tomas-lindqvist')!.inputs).toEqual({
      firstName: 'Tomás',
      lastName: 'Lindqvist',
      displayName: 'Tomás Lindqvist',
      login: 'tomas.lindqvist@acme.example',
      email: 'tomas.lindqvist@acme.example',
      department: 'Engineering',
      title: 'Engineering Manager',
      userType: 'employee',
      managerId: 'marcus-oyelaran',
      manager: 'Marcus Oyelaran',
      status: 'STAGED',
    });
  });
});
