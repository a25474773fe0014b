// `blueprint validate`: output formats and exit codes (0 valid, 1 invalid, 2 usage).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../lib/cli/main';
import { captureIo, configCase } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

describe('blueprint validate', () => {
  test('the example org is valid: exit 0, with the expired membership as a warning', async () => {
    const io = captureIo(ROOT);
    expect(await main(['validate'], io)).toBe(0);
    expect(io.stdout()).toBe(
      [
        'config/it/groups.yaml:55:40: warning: groups[11].members[2].until: membership of "felix-wagner" in "data-analysts" expired on 2026-10-31 (got "2026-10-31")',
        '    fix: it is dropped from the desired state, so the next deploy removes it; delete the entry, or extend "until" if it is still needed',
        '✓ Acme: config is valid (0 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  test('--format json lists diagnostics with file, line, col, path, value and hint', async () => {
    const io = captureIo(configCase('email-domain'));
    expect(await main(['validate', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.stdout())).toEqual([
      {
        severity: 'error',
        code: 'email-domain',
        file: 'config/it/people.yaml',
        line: 5,
        col: 54,
        path: 'people[0].email',
        message: 'email "bill@initrode.example" is outside the org\'s domains',
        value: '"bill@initrode.example"',
        hint: 'use an address at initech.example, or add "initrode.example" to domains in org.yaml',
      },
    ]);
  });

  test('--format github prints workflow-command annotations, escaped', async () => {
    const io = captureIo(configCase('email-domain'));
    expect(await main(['validate', '--format', 'github'], io)).toBe(1);
    expect(io.stdout()).toBe(
      '::error file=config/it/people.yaml,line=5,col=54,title=email-domain at people[0].email::' +
        'email "bill@initrode.example" is outside the org\'s domains (got "bill@initrode.example")%0A' +
        'fix: use an address at initech.example, or add "initrode.example" to domains in org.yaml\n',
    );
  });

  test('a missing config folder is an error naming the fix', async () => {
    const io = captureIo(configCase());
    expect(await main(['validate', '--config', 'nowhere'], io)).toBe(1);
    expect(io.stdout()).toContain(
      'nowhere:1:1: error: config folder "nowhere" does not exist\n' +
        '    fix: pass --config DIR pointing at a folder with org.yaml, or create one with `blueprint init DIR`\n',
    );
  });

  test('an empty config folder reports each required file', async () => {
    const cwd = configCase();
    mkdirSync(join(cwd, 'empty'));
    const io = captureIo(cwd);
    expect(await main(['validate', '--config', 'empty'], io)).toBe(1);
    expect(
      io
        .stdout()
        .split('\n')
        .filter((l) => l.includes(': error: ')),
    ).toEqual([
      'empty/org.yaml:1:1: error: required config file "org.yaml" is missing',
      'empty/security/logging.yaml:1:1: error: required config file "security/logging.yaml" is missing',
      'empty/security/monitoring.yaml:1:1: error: required config file "security/monitoring.yaml" is missing',
    ]);
    expect(io.stdout()).toContain(
      '    fix: the folder is empty; create a starter config with `blueprint init empty`\n',
    );
  });

  test.each([[['validate', '--format', 'xml']], [['validate', '--bogus']], [['frobnicate']]])(
    'usage error %j exits 2',
    async (argv) => {
      const io = captureIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr()).toMatch(/^error: /);
    },
  );

  test('a malformed BLUEPRINT_TODAY is a usage error', async () => {
    const io = captureIo(ROOT, { BLUEPRINT_TODAY: 'tomorrow' });
    expect(await main(['validate'], io)).toBe(2);
    expect(io.stderr()).toBe('error: BLUEPRINT_TODAY must be a date like 2026-12-31, got "tomorrow"\n');
  });

  test('--help exits 0', async () => {
    const io = captureIo(ROOT);
    expect(await main(['validate', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('--format <format>');
  });

  test('the installed entry point (npx blueprint) runs: dist/ when fresh, else the sources through tsx', () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'bin', 'blueprint.cjs'), 'validate', '--format', 'json'],
      {
        cwd: ROOT,
        env: { ...process.env, BLUEPRINT_TODAY: '2026-11-23' },
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toHaveLength(1);
  });
});
