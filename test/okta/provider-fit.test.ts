// Provider fit: every Okta resource and lookup the blueprint declares passes the Okta
// provider's own validations (vendored with their source in fixtures/provider-validations.json),
// ranked policies and rules are created in priority order, Group Push goes only to apps whose
// provisioning is set up and never to a group also assigned there: the first `pulumi up` of
// each stack does not fail on the provider.
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { OKTA, OKTA_LOOKUPS } from '../../lib/okta/okta-types';
import { type ResourceSpec, ref, type StackSpec, stackSpec } from '../../lib/okta/spec';
import { inPriorityOrder } from '../../lib/okta/specs/priority-order';
import { exampleModel } from './support/example';
import { PROVIDER, providerFindings } from './support/provider-validations';

const model = exampleModel();
const stacks = oktaDesiredState(model);
const sharded = oktaDesiredState(model, { usersPerStack: 15 });

const resource = (name: string, type: string, inputs: ResourceSpec['inputs']): ResourceSpec => ({
  type,
  name,
  component: 'Test',
  inputs,
  options: {},
});

describe('provider fit', () => {
  test('the vendored validations name their source, release and licence', () => {
    expect(PROVIDER.release).toBe('v6.12.0');
    expect(PROVIDER.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(PROVIDER.licence).toMatch(/^MPL-2\.0/);
  });

  test.each([
    ...stacks.map((s) => [s.stack, s] as [string, StackSpec]),
    ...sharded.map((s) => [`${s.stack} (people sharded)`, s] as [string, StackSpec]),
  ])('stack %s: every argument passes the provider’s validations, priorities in order', (_name, stack) => {
    expect(providerFindings(stack)).toEqual([]);
  });

  test('every resource type and data source the blueprint uses has its validations vendored', () => {
    for (const type of Object.values(OKTA))
      expect([type, PROVIDER.resources[type] !== undefined]).toEqual([type, true]);
    for (const token of Object.values(OKTA_LOOKUPS))
      expect([token, PROVIDER.lookups[token] !== undefined]).toEqual([token, true]);
  });

  test('catches what the provider rejects: a hyphen in the event source name, a deprecated argument', () => {
    const stack = stackSpec(
      'security',
      'security',
      [
        resource('log-stream', OKTA.logStream, {
          name: 'acme',
          type: 'aws_eventbridge',
          settings: {
            accountId: '12345678901',
            eventSourceName: 'acme-okta-system-log',
            region: 'eu-west-1',
          },
        }),
      ],
      [
        {
          kind: 'invoke',
          name: 'app.x',
          token: 'okta:app/getApp:getApp',
          args: { label: 'X', skipUsers: true },
        },
      ],
    );
    expect(providerFindings(stack)).toEqual([
      'security log-stream (okta:index/logStream:LogStream) settings.accountId: 12345678901 is not 12-12 characters long (okta/services/idaas/resource_okta_log_stream.go:121)',
      'security log-stream (okta:index/logStream:LogStream) settings.eventSourceName: acme-okta-system-log does not match ^[\\\\.\\\\-_A-Za-z0-9]{1,75}$ (okta/services/idaas/resource_okta_log_stream.go:38)',
      'security lookup app.x (okta:app/getApp:getApp) skipUsers: is deprecated ("Because users has been removed, this attribute is a no op and will be removed") (okta/services/idaas/app.go:100)',
    ]);
  });

  test('catches priorities Pulumi would create in parallel, and inPriorityOrder chains them', () => {
    const policies = [
      resource('p2', OKTA.signonPolicy, { name: 'two', priority: 2 }),
      resource('p1', OKTA.signonPolicy, { name: 'one', priority: 1 }),
      resource('r1', OKTA.signonPolicyRule, { policyId: ref('p2'), name: 'r', priority: 1 }),
      resource('r2', OKTA.signonPolicyRule, { policyId: ref('p2'), name: 'r', priority: 2 }),
      resource('q1', OKTA.signonPolicyRule, { policyId: ref('p1'), name: 'r', priority: 1 }),
    ];
    expect(providerFindings(stackSpec('s', 'security', policies))).toEqual([
      'p2: priority 2 does not depend on p1 (priority 1)',
      'r2: priority 2 does not depend on r1 (priority 1)',
    ]);
    const ordered = inPriorityOrder(policies);
    expect(providerFindings(stackSpec('s', 'security', ordered))).toEqual([]);
    expect(ordered.map((r) => [r.name, r.options.dependsOn ?? []])).toEqual([
      ['p2', ['p1']],
      ['p1', []],
      ['r1', []],
      ['r2', ['r1']],
      ['q1', []],
    ]);
  });

  test('the global session policies: everyone (priority 2) is created after admins (priority 1)', () => {
    const security = stacks.find((s) => s.stack === 'security')!;
    const everyone = security.resources.find((r) => r.name === 'session-policy.everyone')!;
    expect(everyone.inputs.priority).toBe(2);
    expect(everyone.options.dependsOn).toEqual(['session-policy.admins']);
  });

  test('the authenticator enrollment policies: everyone (priority 2) is created after admins (priority 1)', () => {
    const security = stacks.find((s) => s.stack === 'security')!;
    const everyone = security.resources.find((r) => r.name === 'authenticator-policy.everyone')!;
    expect(everyone.inputs.priority).toBe(2);
    expect(everyone.options.dependsOn).toEqual(['authenticator-policy.admins']);
  });

  test('catches a target group list on a role Okta cannot limit to groups', () => {
    const stack = stackSpec('security', 'security', [
      resource('role', OKTA.groupRole, {
        groupId: ref('g'),
        roleType: 'SUPER_ADMIN',
        targetGroupLists: [ref('h')],
      }),
    ]);
    expect(providerFindings(stack)).toEqual([
      'security role (okta:group/role:Role) targetGroupLists: is only supported with roleType GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, USER_ADMIN, not SUPER_ADMIN (okta/services/idaas/resource_okta_group_role.go:406)',
    ]);
  });

  test('Group Push only to apps whose provisioning is set up, and never to a group assigned there', () => {
    const all = [...stacks, ...sharded].flatMap((s) => s.resources);
    const appOf = (v: unknown) => JSON.stringify(v).replace(/^.*"(?:\$ref|\$lookup)":"([^"]+)".*$/, '$1');
    const pushed = new Set(
      all
        .filter((r) => r.type === OKTA.pushGroup)
        .map((r) => `${appOf(r.inputs.appId)} ${JSON.stringify(r.inputs.sourceGroupId)}`),
    );
    const assigned = all
      .filter((r) => r.type === OKTA.appGroupAssignment)
      .map((r) => `${appOf(r.inputs.appId)} ${JSON.stringify(r.inputs.groupId)}`);
    expect(pushed.size).toBe(5);
    expect(assigned.filter((a) => pushed.has(a))).toEqual([]);
    const provisioned = model.apps.filter((a) => a.provisioning === 'scim').map((a) => `app.${a.id}`);
    for (const p of pushed) expect(provisioned).toContain(p.split(' ')[0]);
  });

  test('catches a behaviour missing what its type needs, or setting what velocity conflicts with', () => {
    const stack = stackSpec('security', 'security', [
      resource('location', OKTA.behaviour, { name: 'l', type: 'ANOMALOUS_LOCATION' }),
      resource('travel', OKTA.behaviour, {
        name: 't',
        type: 'VELOCITY',
        velocity: 805,
        numberOfAuthentications: 20,
      }),
    ]);
    expect(providerFindings(stack)).toEqual([
      'security location (okta:index/behaviour:Behaviour) numberOfAuthentications: is required with type ANOMALOUS_LOCATION (okta/services/idaas/resource_okta_behavior.go:81)',
      'security location (okta:index/behaviour:Behaviour) locationGranularityType: is required with type ANOMALOUS_LOCATION (okta/services/idaas/resource_okta_behavior.go:87)',
      'security travel (okta:index/behaviour:Behaviour) velocity: conflicts with numberOfAuthentications (okta/services/idaas/resource_okta_behavior.go:70)',
    ]);
  });

  test('the security stack’s behaviours, notification emails and risk rules pass, the rules in priority order', () => {
    const security = stacks.find((s) => s.stack === 'security')!;
    const types = security.resources.map((r) => r.type);
    expect(types.filter((t) => t === OKTA.behaviour)).toHaveLength(4);
    expect(types.filter((t) => t === OKTA.securityNotificationEmails)).toHaveLength(1);
    const rule = (name: string) => security.resources.find((r) => r.name === name)!;
    expect(rule('session-rule.everyone.unusual').options.dependsOn).toEqual([
      'session-rule.everyone.high-risk',
    ]);
    expect(rule('session-rule.everyone').options.dependsOn).toEqual(['session-rule.everyone.unusual']);
  });
});
