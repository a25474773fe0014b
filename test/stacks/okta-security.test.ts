// The real Pulumi program for the `security` stack under Pulumi's mocks on the example
// org: exactly the specs, and IT's users and apps found through data sources, never
// declared.
import { resolve } from 'node:path';
import type * as OktaProgram from '../../bin/okta';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import {
  customResources,
  type MockRun,
  mockLookupId,
  resolvedInputs,
  runUnderMocks,
} from '../okta/support/pulumi-mocks';

const TODAY = '2026-11-23';
const CONFIG = resolve(__dirname, '../../config');
const spec = oktaDesiredState(checkOrg(CONFIG, { today: TODAY }).model!).find((s) => s.stack === 'security')!;
let run: MockRun;

beforeAll(async () => {
  run = await runUnderMocks(
    'security',
    { 'blueprint:today': TODAY, 'blueprint:config': CONFIG },
    async () => {
      // Loaded only now, after setMocks: a static import would be hoisted above it.
      const { oktaProgram }: typeof OktaProgram = require('../../bin/okta');
      return oktaProgram();
    },
  );
}, 20_000);

describe('Okta security stack under Pulumi mocks', () => {
  test('registers exactly the specs: names, types, inputs, options', () => {
    const registered = customResources(run);
    expect([...registered.keys()].sort()).toEqual(spec.resources.map((r) => r.name));
    for (const s of spec.resources) {
      const r = registered.get(s.name)!;
      expect({
        name: s.name,
        type: r.type,
        inputs: r.inputs,
        protect: r.protect,
        retain: r.retainOnDelete,
        dependsOn: r.dependsOn,
      }).toEqual({
        name: s.name,
        type: s.type,
        inputs: resolvedInputs(s.inputs, spec.lookups),
        protect: s.options.protect === true,
        retain: s.options.retainOnDelete === true,
        dependsOn: [...(s.options.dependsOn ?? [])].sort(),
      });
    }
  });

  test('calls each lookup once, with its token and arguments', () => {
    const calls = run.calls.map((c) => ({ token: c.token, args: c.args }));
    const expected = spec.lookups.map((l) =>
      l.kind === 'invoke' ? { token: l.token, args: resolvedInputs(l.args, spec.lookups) } : l,
    );
    expect(calls).toHaveLength(expected.length);
    expect(calls).toEqual(expect.arrayContaining(expected));
  });

  test('declares no user, app or IT group: those are looked up (its own groups: privileged ones, and the one it assigns Identity Center to; apps only get their policy assigned)', () => {
    const types = new Set([...customResources(run).values()].map((r) => r.type));
    expect(types.has('okta:user/user:User')).toBe(false);
    expect(
      [...types].some(
        (t) =>
          t.startsWith('okta:app/') &&
          t !== 'okta:app/groupAssignment:GroupAssignment' &&
          t !== 'okta:app/accessPolicyAssignment:AccessPolicyAssignment',
      ),
    ).toBe(false);
    const groups = [...customResources(run).values()].filter((r) => r.type === 'okta:group/group:Group');
    expect(groups.map((g) => g.name).sort()).toEqual([
      'group.aws-admins',
      'group.aws-identity-center.assigned',
      'group.billing-admins',
      'group.okta-admins',
      'group.okta-helpdesk',
      'group.security-auditors',
    ]);
  });

  test("the Admin Console's rule goes into the policy Okta gave it, found from the app's id", () => {
    const appId = mockLookupId('okta:app/getApp:getApp', { activeOnly: true, label: 'Okta Admin Console' });
    expect(customResources(run).get('app-policy-rule.admin-console')!.inputs.policyId).toBe(
      mockLookupId('okta:index/getAppSignonPolicy:getAppSignonPolicy', { appId }),
    );
  });

  test("IT's apps get their policy assigned by the app's id, looked up by label", () => {
    expect(customResources(run).get('app-policy-assignment.aws-identity-center')!.inputs).toEqual({
      appId: mockLookupId('okta:app/getApp:getApp', { activeOnly: true, label: 'AWS IAM Identity Center' }),
      policyId: 'app-policy.aws-sign-in-id',
    });
  });

  test('privileged memberships resolve users through their login lookup', () => {
    expect(customResources(run).get('group-members.okta-admins')!.inputs).toEqual({
      groupId: 'group.okta-admins-id',
      trackAllUsers: true,
      users: ['amara.diallo@acme.example', 'elena.popescu@acme.example'].map((login) =>
        mockLookupId('okta:user/getUser:getUser', {
          searches: [{ name: 'profile.login', value: login }],
          skipGroups: true,
          skipRoles: true,
        }),
      ),
    });
  });
});
