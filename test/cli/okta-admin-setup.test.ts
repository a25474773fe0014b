// `blueprint okta-admin-setup`: the setup script (default) or the same calls as JSON; an
// invalid config writes its diagnostics to stderr and nothing a shell could run to stdout.

import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { itAdminSetup } from '../../lib/okta/it-admin-setup';
import { renderSetupScript } from '../../lib/okta/it-admin-setup-script';
import { checkOrg } from '../../lib/policy/check-org';
import { captureIo, configCase, TODAY } from '../support/config-case';

describe('blueprint okta-admin-setup', () => {
  const cwd = configCase();
  const model = checkOrg(join(cwd, 'config'), { today: TODAY }).model!;

  test('prints the setup script', async () => {
    const io = captureIo(cwd);
    expect(await main(['okta-admin-setup'], io)).toBe(0);
    expect(io.stdout()).toBe(renderSetupScript(model, itAdminSetup(model)));
    expect(io.stderr()).toBe('');
  });

  test('--format json: the scope, the lookups and every step', async () => {
    const io = captureIo(cwd);
    expect(await main(['okta-admin-setup', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout());
    expect(Object.keys(json)).toEqual(['scope', 'lookups', 'steps']);
    expect(json.steps.map((s: { title: string }) => s.title)).toEqual([
      'Custom admin role initech-it-deploy',
      'Custom admin role initech-it-lifecycle',
      'Custom admin role initech-it-create',
      'Resource set initech-it',
      'Resource set initech-it-create',
      "Bind initech-it-deploy on initech-it to IT's deploy service app",
      "Bind initech-it-lifecycle on initech-it to IT's lifecycle service app",
      "Bind initech-it-create on initech-it-create to IT's deploy service app",
    ]);
  });

  test('an invalid config: diagnostics on stderr, nothing on stdout, exit 1', async () => {
    const io = captureIo(configCase('duplicate-id'));
    expect(await main(['okta-admin-setup'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toContain('error:');
  });

  test('an unknown format is a usage error', async () => {
    const io = captureIo(cwd);
    expect(await main(['okta-admin-setup', '--format', 'yaml'], io)).toBe(2);
    expect(io.stderr()).toContain("argument 'yaml' is invalid. Allowed choices are script, json.");
  });
});
