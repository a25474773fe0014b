import { ruleLines } from '../rule-case';

describe('okta-admin-role-scope: help desk, user and group membership admin roles are limited to everyday groups', () => {
  test('compliant: only a super admin role, which Okta cannot limit to groups', () => {
    expect(ruleLines('okta-admin-role-scope')).toEqual([]);
  });

  test('non-compliant: an org-wide help desk role, and a user admin over a privileged group and a group with a privileged member', () => {
    expect(ruleLines('okta-admin-role-scope', 'help-desk-scope')).toEqual([
      'config/security/privileged.yaml:16:30: warning: oktaAdminRoles[1].role: HELP_DESK_ADMIN for "helpdesk" reaches the whole org, administrators included (got "HELP_DESK_ADMIN")',
      '    fix: add "targetGroups: [...]" listing the everyday groups it serves',
      'config/security/privileged.yaml:17:57: warning: oktaAdminRoles[2].targetGroups[0]: USER_ADMIN for "helpdesk" reaches "oncall", whose members include privileged people jared-dunn, richard-hendricks (got "oncall")',
      '    fix: target groups without privileged members only: administrators are supported by a super admin',
      'config/security/privileged.yaml:17:65: warning: oktaAdminRoles[2].targetGroups[1]: USER_ADMIN for "helpdesk" reaches "admins", a privileged group (got "admins")',
      '    fix: target groups without privileged members only: administrators are supported by a super admin',
    ]);
  });
});
