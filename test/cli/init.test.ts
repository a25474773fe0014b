// `blueprint init`: a starter config that validates as written, never overwriting.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { captureIo, configCase } from '../support/config-case';

describe('blueprint init', () => {
  test('writes a starter config that validates cleanly, and prints next steps', async () => {
    const cwd = configCase();
    const io = captureIo(cwd);
    expect(
      await main(
        [
          'init',
          'globex',
          '--name',
          'Globex Corp',
          '--domain',
          'globex.com',
          '--teams',
          'it,security,data-eng',
          '--accounts',
          'dev=123456789012,prod=210987654321',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.stdout()).toContain('Wrote a starter config for Globex Corp to globex/ (10 files).');
    expect(io.stdout()).toContain('  3. Check it: npx blueprint validate --config globex');
    const check = captureIo(cwd);
    expect(await main(['validate', '--config', 'globex'], check)).toBe(0);
    expect(check.stdout()).toBe('✓ Globex Corp: config is valid (0 errors, 0 warnings)\n');
  });

  test('refuses to overwrite an existing config', async () => {
    const cwd = configCase();
    const io = captureIo(cwd);
    expect(await main(['init', 'config', '--name', 'X', '--domain', 'x.com'], io)).toBe(1);
    expect(io.stderr()).toBe(
      'error: config already exists and is not empty; init never overwrites a config\n',
    );
  });

  test('an existing empty folder is fine', async () => {
    const cwd = configCase();
    mkdirSync(join(cwd, 'fresh'));
    expect(await main(['init', 'fresh', '--name', 'X', '--domain', 'x.com'], captureIo(cwd))).toBe(0);
    expect(existsSync(join(cwd, 'fresh', 'security', 'guardrails.yaml'))).toBe(true);
  });

  test.each([
    [['init', 'a'], 'error: init needs --name and --domain (or run it in a terminal to be asked)\n'],
    [
      ['init', 'a', '--name', 'X', '--domain', 'Not A Domain'],
      'error: --domain must be a lowercase DNS domain like globex.com, got "Not A Domain"\n',
    ],
    [
      ['init', 'a', '--name', 'X', '--domain', 'x.com', '--teams', 'it,ops'],
      'error: --teams needs at least one IT team and one security team, e.g. --teams it,security\n',
    ],
    [
      ['init', 'a', '--name', 'X', '--domain', 'x.com', '--accounts', 'dev=123'],
      'error: AWS account ids are 12 digits, got "123" for dev\n',
    ],
    [
      ['init', 'a', '--name', 'X', '--domain', 'x.com', '--accounts', 'dev'],
      'error: --accounts entries are id=account-id, e.g. dev=123456789012; got "dev"\n',
    ],
  ])('%j is a usage error (exit 2) that writes nothing', async (argv, message) => {
    const cwd = configCase();
    const io = captureIo(cwd);
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr()).toBe(message);
    expect(existsSync(join(cwd, 'a'))).toBe(false);
  });

  test('a file in the target folder counts as existing config', async () => {
    const cwd = configCase();
    mkdirSync(join(cwd, 'half'));
    writeFileSync(join(cwd, 'half', 'notes.txt'), 'hello');
    expect(await main(['init', 'half', '--name', 'X', '--domain', 'x.com'], captureIo(cwd))).toBe(1);
  });
});
