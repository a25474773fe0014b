import { ruleLines } from '../rule-case';

describe('privileged-on-security-side: privileged groups and permission sets are declared only in config/security/', () => {
  test('compliant: privileged things live in privileged.yaml', () => {
    expect(ruleLines('privileged-on-security-side')).toEqual([]);
  });

  test('non-compliant: a group flagged privileged and an admin permission set under config/it/', () => {
    expect(ruleLines('privileged-on-security-side', 'privileged-on-it-side')).toEqual([
      'config/it/aws-access.yaml:3:5: error: permissionSets[1]: permission set "ops-admin" is privileged but declared under config/it/ (got "ops-admin")',
      '    fix: move it to config/security/privileged.yaml (permissionSets:), or drop what makes it privileged: admin-like managed policy AdministratorAccess',
      'config/it/groups.yaml:7:17: error: groups[1].privileged: privileged group "oncall" is declared under config/it/ (got true)',
      '    fix: move the group to config/security/privileged.yaml (groups:), where every membership needs until and reason',
    ]);
  });
});
