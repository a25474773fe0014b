import { securityStackSpec } from '../../../lib/okta/security-desired-state';
import { ref } from '../../../lib/okta/spec';
import { adminRoleSpecs } from '../../../lib/okta/specs/admin-roles';
import { logStreamSpecs } from '../../../lib/okta/specs/log-stream';
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
        name: 'admin-role.security-auditors.read-only-admin',
        component: 'AdminRoles',
        inputs: { groupId: ref('group.security-auditors'), roleType: 'READ_ONLY_ADMIN' },
        options: {},
      },
      {
        type: 'okta:group/role:Role',
        name: 'admin-role.okta-helpdesk.help-desk-admin',
        component: 'AdminRoles',
        inputs: {
          groupId: ref('group.okta-helpdesk'),
          roleType: 'HELP_DESK_ADMIN',
          targetGroupLists: [
            'contractors',
            'data-analysts',
            'engineering-managers',
            'go-to-market',
            'product',
          ].map((id) => ref(`group.${id}`)),
        },
        options: {},
      },
    ]);
  });

  test("in the security stack, a role's IT target groups are found by their exact name", () => {
    const stack = securityStackSpec(model);
    const role = stack.resources.find((r) => r.name === 'admin-role.okta-helpdesk.help-desk-admin')!;
    expect(role.inputs.targetGroupLists).toEqual(
      ['contractors', 'data-analysts', 'engineering-managers', 'go-to-market', 'product'].map((id) => ({
        $lookup: `group.${id}`,
        property: 'id',
      })),
    );
    expect(stack.lookups.find((l) => l.name === 'group.go-to-market')).toEqual({
      kind: 'invoke',
      name: 'group.go-to-market',
      token: 'okta:group/getGroup:getGroup',
      args: { name: model.groups.find((g) => g.id === 'go-to-market')!.name, type: 'OKTA_GROUP' },
    });
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
