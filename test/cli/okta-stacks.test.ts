// `blueprint okta-stacks <it|security>`: a side's Okta stacks, one per line in deploy order,
// for the workflows' `$(npx blueprint okta-stacks it)` loops. stdout holds names only: an
// invalid config prints its diagnostics to stderr and no name, and exits 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../lib/cli/main';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';
import { SIZES } from '../../lib/synthetic/sizes';
import { captureIo, configCase, TODAY } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(['okta-stacks', ...argv], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('blueprint okta-stacks', () => {
  test('the example org: it, then security', async () => {
    expect(await run(ROOT, 'it')).toEqual({ code: 0, stdout: 'it\n', stderr: '' });
    expect(await run(ROOT, 'security')).toEqual({ code: 0, stdout: 'security\n', stderr: '' });
  });

  test('an org above 1,500 people: it, then its shards in order, the program’s own names', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'okta-stacks-'));
    try {
      writeOrg(join(cwd, 'org'), generateOrg({ size: { ...SIZES.S, people: 3200 }, today: TODAY }));
      const it = await run(cwd, 'it', '--config', 'org');
      expect(it).toEqual({ code: 0, stdout: 'it\nit-people-0\nit-people-1\nit-people-2\n', stderr: '' });
      const security = await run(cwd, 'security', '--config', 'org');
      const program = oktaDesiredState(checkOrg(join(cwd, 'org'), { today: TODAY }).model!);
      expect(`${it.stdout}${security.stdout}`).toBe(program.map((s) => `${s.stack}\n`).join(''));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 30_000);

  test('an invalid config: the diagnostics on stderr as file:line:col, no stack names, exit 1', async () => {
    const cwd = configCase('dangling-references');
    try {
      const { code, stdout, stderr } = await run(cwd, 'it');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        'config/it/apps.yaml:5:12: error: apps[0].owner: unknown team "secruity" (got "secruity")\n',
      );
      expect(stderr).toMatch(/✗ config is invalid: \d+ errors?, \d+ warnings?; no Okta stacks listed\n$/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  test('the installed command, as the workflows run it: the message and exit 1, no stack trace', () => {
    const cwd = configCase('dangling-references');
    try {
      const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'blueprint.cjs'), 'okta-stacks', 'it'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, BLUEPRINT_TODAY: TODAY },
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^config\/it\/apps\.yaml:5:12: error: /);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 30_000);

  test('an unknown side is a usage error: exit 2, the choices, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(ROOT, 'sales');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      "error: command-argument value 'sales' is invalid for argument 'side'. Allowed choices are it, security.",
    );
  });

  test('a side is required', async () => {
    const { code, stdout, stderr } = await run(ROOT);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("error: missing required argument 'side'");
  });
});
