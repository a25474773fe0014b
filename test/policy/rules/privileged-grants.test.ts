import { ruleLines } from '../rule-case';

describe('privileged-grants: privileged groups and permission sets are granted only on the security side', () => {
  test('compliant: privileged grants and admin roles go to privileged groups, from privileged.yaml', () => {
    expect(ruleLines('privileged-grants')).toEqual([]);
  });

  test('non-compliant: IT grants and apps use privileged things; privileged things go to everyday groups', () => {
    expect(ruleLines('privileged-grants', 'it-grants-privileged')).toEqual([
      'config/it/apps.yaml:9:14: error: apps[0].groups[0]: IT app "wiki" is assigned to privileged group "admins" (got "admins")',
      '    fix: IT config cannot depend on security-owned groups; assign an everyday group instead',
      'config/it/aws-access.yaml:4:14: error: grants[0].group: IT-side grant uses privileged group "admins" (got "admins")',
      '    fix: privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
      'config/it/aws-access.yaml:5:42: error: grants[1].permissionSet: IT-side grant uses privileged permission set "administrator" (got "administrator")',
      '    fix: privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
      'config/security/privileged.yaml:9:14: error: grants[0].group: privileged permission set "administrator" is granted to everyday group "oncall" (got "oncall")',
      '    fix: grant privileged permission sets only to privileged groups, whose memberships are time-bound',
      'config/security/privileged.yaml:11:14: error: oktaAdminRoles[0].group: Okta admin role HELP_DESK_ADMIN is assigned to everyday group "oncall" (got "oncall")',
      '    fix: assign admin roles only to groups declared in config/security/privileged.yaml',
    ]);
  });
});
