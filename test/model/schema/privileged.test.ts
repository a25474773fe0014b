// privileged.yaml oktaAdminRoles: target groups only on the roles Okta can limit to groups,
// and only groups that exist; positioned, with the fix.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDiagnostic } from '../../../lib/cli/render-diagnostics';
import { diskReader, loadConfig } from '../../../lib/model/load-config';
import { checkOrg } from '../../../lib/policy/check-org';
import { configCase, TODAY } from '../../support/config-case';

/** The base fixture with these oktaAdminRoles entries; the text diagnostics. */
function errors(roles: string[]): string[] {
  const cwd = configCase();
  const file = join(cwd, 'config', 'security', 'privileged.yaml');
  // The base fixture declares no admin roles: these are appended.
  writeFileSync(file, `${readFileSync(file, 'utf8')}oktaAdminRoles:\n${roles.join('\n')}\n`);
  const loaded = loadConfig('config', diskReader(join(cwd, 'config')));
  return loaded.diagnostics.flatMap((d) => textDiagnostic(d).trimEnd().split('\n'));
}

describe('privileged.yaml oktaAdminRoles', () => {
  test('a help desk role limited to groups loads', () => {
    expect(errors(['  - { group: admins, role: HELP_DESK_ADMIN, targetGroups: [engineering] }'])).toEqual([]);
  });

  test('target groups on a role Okta cannot limit to groups', () => {
    expect(errors(['  - { group: admins, role: SUPER_ADMIN, targetGroups: [engineering] }'])).toEqual([
      'config/security/privileged.yaml:13:55: error: oktaAdminRoles[0].targetGroups: Okta cannot limit SUPER_ADMIN to groups (got "SUPER_ADMIN")',
      '    fix: only GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, USER_ADMIN take target groups; remove "targetGroups" or pick one of those roles',
    ]);
  });

  test('a target group that does not exist, with did-you-mean', () => {
    const cwd = configCase();
    const file = join(cwd, 'config', 'security', 'privileged.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}oktaAdminRoles:\n  - { group: admins, role: USER_ADMIN, targetGroups: [enginering] }\n`,
    );
    const checked = checkOrg(join(cwd, 'config'), { today: TODAY, display: 'config' });
    expect(checked.diagnostics.flatMap((d) => textDiagnostic(d).trimEnd().split('\n'))).toEqual([
      'config/security/privileged.yaml:13:55: error: oktaAdminRoles[0].targetGroups[0]: unknown group "enginering" (got "enginering")',
      expect.stringMatching(/^ {4}fix: did you mean "engineering"\? /),
    ]);
  });
});
