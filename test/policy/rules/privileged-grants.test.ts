import { privilegedGrants } from '../../../lib/policy/rules/privileged-grants';
import { baseModel, messages, ruleLines } from '../rule-case';

describe('privileged-grants: privileged groups, sets and the sensitive accounts are granted only on the security side', () => {
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

  test('non-compliant: grants into the management, log-archive or audit account outside privileged groups', () => {
    const it =
      '    fix: any access to the management, log-archive or audit account is privileged: grant it from config/security/privileged.yaml to a privileged group (time-bound members)';
    expect(ruleLines('privileged-grants', 'it-grants-sensitive-account')).toEqual([
      'config/it/aws-access.yaml:6:62: error: grants[1].accounts[1]: IT-side grant gives "billing" in the management account "management" (got "management")',
      it,
      'config/it/aws-access.yaml:10:9: error: grants[2].accounts[0]: IT-side grant gives "developer" in the log-archive account "log-archive" (got "log-archive")',
      it,
      'config/it/aws-access.yaml:11:9: error: grants[2].accounts[1]: IT-side grant gives "developer" in the audit account "audit" (got "audit")',
      it,
      'config/security/privileged.yaml:10:37: error: grants[1].permissionSet: privileged grant uses IT\'s permission set "developer" (got "developer")',
      '    fix: IT can change its own permission sets: declare the set Security grants in config/security/privileged.yaml (permissionSets:), under its own id, e.g. "developer-privileged"',
      'config/security/privileged.yaml:10:64: error: grants[1].accounts[1]: grant gives "developer" in the audit account "audit" to everyday group "oncall" (got "audit")',
      '    fix: any access to the management, log-archive or audit account is privileged: grant it only to a privileged group (time-bound members)',
    ]);
  });

  test("non-compliant: a privileged grant of IT's permission set, even to a privileged group", () => {
    const model = baseModel();
    const grant = model.grants.find((g) => g.side === 'security')!;
    const it = model.permissionSets.find((s) => s.side === 'it')!;
    const changed = {
      ...model,
      grants: [...model.grants, { ...grant, permissionSet: it.id, accounts: ['dev'] }],
    };
    expect(messages(privilegedGrants, changed)).toEqual([
      `privileged grant uses IT's permission set "${it.id}"`,
    ]);
  });

  test('the sensitive accounts are found by role, not by id', () => {
    const model = baseModel();
    const renamed = {
      ...model,
      aws: {
        ...model.aws,
        accounts: model.aws.accounts.map((a) => (a.id === 'dev' ? { ...a, role: 'audit' as const } : a)),
      },
    };
    expect(messages(privilegedGrants, renamed)).toEqual([
      'IT-side grant gives "developer" in the audit account "dev"',
    ]);
  });
});
