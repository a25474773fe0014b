// `blueprint report KIND`: to stdout or --out, format from --format or the file extension,
// warnings on stderr, nothing written for an invalid config, usage errors exit 2.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../lib/cli/main';
import { captureIo, configCase } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

describe('blueprint report', () => {
  test('writes markdown to stdout by default; config warnings go to stderr', async () => {
    const io = captureIo(ROOT);
    expect(await main(['report', 'vendors'], io)).toBe(0);
    expect(io.stdout().split('\n').slice(0, 3)).toEqual(['# Vendor reviews', '', 'Acme · as of 2026-11-23']);
    expect(io.stderr()).toContain('warning: groups[11].members[2].until: membership of "felix-wagner"');
  });

  test('--out picks the format from the extension, creates folders and says what it wrote', async () => {
    const cwd = configCase();
    const io = captureIo(cwd);
    expect(await main(['report', 'access', '--out', 'reports/q4/access.html'], io)).toBe(0);
    expect(io.stdout()).toBe('wrote reports/q4/access.html (access report, html)\n');
    expect(readFileSync(join(cwd, 'reports', 'q4', 'access.html'), 'utf8')).toMatch(/^<!doctype html>\n/);
  });

  test('--format wins over the extension', async () => {
    const cwd = configCase();
    expect(await main(['report', 'ownership', '--format', 'json', '--out', 'o.csv'], captureIo(cwd))).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'o.csv'), 'utf8')).kind).toBe('ownership');
  });

  test('an invalid config: the errors on stderr, exit 1, nothing written', async () => {
    const cwd = configCase('email-domain');
    const io = captureIo(cwd);
    expect(await main(['report', 'controls', '--out', 'controls.md'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toContain(
      'error: people[0].email: email "bill@initrode.example" is outside the org\'s domains',
    );
    expect(io.stderr()).toMatch(/✗ config is invalid: 1 error, \d+ warnings?; no report was written\n$/);
    expect(existsSync(join(cwd, 'controls.md'))).toBe(false);
  });

  test.each([[['report', 'audit']], [['report']], [['report', 'access', '--format', 'pdf']]])(
    'usage error %j exits 2',
    async (argv) => {
      const io = captureIo(ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr()).toMatch(/^error: /);
    },
  );
});
