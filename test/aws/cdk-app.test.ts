// bin/cdk.ts, the app `npx cdk synth` runs (cdk.json's "app": bin/cdk.cjs, compiled when
// fresh, else through tsx), in a child process as the CDK CLI runs it: offline, without
// credentials, with CloudFormation validation and cdk-nag.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configCase } from '../support/config-case';
import { TODAY } from './support/synth-app';

const ROOT = resolve(__dirname, '..', '..');
const [command, ...args] = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')).app.split(' ');

function runApp(env: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'blueprint-cdk-app-'));
  const run = spawnSync(command === 'node' ? process.execPath : command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BLUEPRINT_TODAY: TODAY,
      CDK_OUTDIR: outdir,
      ...env,
    },
  });
  return { ...run, outdir };
}

describe('bin/cdk.ts', () => {
  test('synthesizes every stack of the example org with no AWS credentials', () => {
    const run = runApp({});
    expect(run.status).toBe(0);
    const templates = readdirSync(run.outdir).filter((f) => f.endsWith('.template.json'));
    expect(templates).toHaveLength(9);
    expect(templates).toContain('acme-it.template.json');
    const report = JSON.parse(readFileSync(join(run.outdir, 'validation-report.json'), 'utf8'));
    expect(
      report.pluginReports.filter((r: { summary?: { status: string } }) => r.summary?.status === 'failure'),
    ).toEqual([]);
  }, 30_000);

  test('prints every config error and synthesizes nothing when the config is invalid', () => {
    const run = runApp({ BLUEPRINT_CONFIG: join(configCase('dangling-references'), 'config') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: error: /);
    expect(run.stderr.trimEnd().split('\n').pop()).toMatch(
      /^✗ config is invalid: \d+ errors, \d+ warnings?; nothing was synthesized$/,
    );
    expect(existsSync(join(run.outdir, 'manifest.json'))).toBe(false);
  }, 30_000);
});
