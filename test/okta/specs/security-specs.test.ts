import { Lookups } from '../../../lib/okta/lookups';
import { ref } from '../../../lib/okta/spec';
import { adminRoleSpecs } from '../../../lib/okta/specs/admin-roles';
import { logStreamSpecs } from '../../../lib/okta/specs/log-stream';
import { sessionPolicySpecs } from '../../../lib/okta/specs/session-policies';
import { exampleModel } from '../support/example';

const model = exampleModel();

describe('adminRoleSpecs', () => {
  test('each admin role is assigned to its privileged group', () => {
    expect(adminRoleSpecs(model.oktaAdminRoles)).toEqual([
      {
        type: 'okta:group/role:Role',
        name: 'admin-role.okta-admins.super-admin',
        component: 'AdminRoles',
        inputs: { groupId: ref('group.okta-admins'), roleType: 'SUPER_ADMIN' },
        options: {},
      },
      {
        type: 'okta:group/role:Role',
        name: 'admin-role.okta-helpdesk.help-desk-admin',
        component: 'AdminRoles',
        inputs: { groupId: ref('group.okta-helpdesk'), roleType: 'HELP_DESK_ADMIN' },
        options: {},
      },
    ]);
  });
});

describe('sessionPolicySpecs', () => {
  const lookups = new Lookups();
  const specs = sessionPolicySpecs(model, lookups);
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  test('admins: MFA at every sign-on, sessions as short as guardrails say, first in priority', () => {
    expect(spec('session-policy.admins').inputs).toEqual({
      name: 'org-blueprint: admins',
      description: 'Okta administrators: MFA at every sign-on, sessions of PT1H.',
      priority: 1,
      status: 'ACTIVE',
      groupsIncluded: [ref('group.okta-admins'), ref('group.okta-helpdesk')],
    });
    expect(spec('session-rule.admins').inputs).toEqual({
      policyId: ref('session-policy.admins'),
      name: 'org-blueprint: admins',
      priority: 1,
      status: 'ACTIVE',
      access: 'ALLOW',
      sessionPersistent: false,
      mfaRequired: true,
      mfaPrompt: 'ALWAYS',
      sessionLifetime: 60,
      sessionIdle: 60,
    });
  });

  test('everyone: the default session length, via the Everyone group lookup', () => {
    expect(spec('session-policy.everyone').inputs).toMatchObject({
      priority: 2,
      groupsIncluded: [{ $lookup: 'everyone-group', property: 'id' }],
    });
    expect(spec('session-rule.everyone').inputs).toMatchObject({ sessionLifetime: 720, sessionIdle: 720 });
    expect(lookups.list()).toEqual([
      {
        kind: 'invoke',
        name: 'everyone-group',
        token: 'okta:group/getEveryoneGroup:getEveryoneGroup',
        args: {},
      },
    ]);
  });

  test('no admin roles, no admin policy', () => {
    const names = sessionPolicySpecs({ ...model, oktaAdminRoles: [] }, new Lookups()).map((s) => s.name);
    expect(names).toEqual(['session-policy.everyone', 'session-rule.everyone']);
  });
});

describe('logStreamSpecs', () => {
  test('an EventBridge log stream in the configured account and region, protected', () => {
    expect(logStreamSpecs(model)).toEqual([
      {
        type: 'okta:index/logStream:LogStream',
        name: 'log-stream',
        component: 'LogStream',
        inputs: {
          name: 'acme-okta-system-log',
          type: 'aws_eventbridge',
          status: 'ACTIVE',
          settings: {
            accountId: '333333333333',
            eventSourceName: 'acme_okta_system_log',
            region: 'eu-west-1',
          },
        },
        options: { protect: true },
      },
    ]);
  });

  test('none configured, none declared', () => {
    expect(logStreamSpecs({ ...model, logging: { ...model.logging, oktaLogStream: undefined } })).toEqual([]);
  });
});
