// The compiled CLI (build/cli-bundle.cjs): bin/blueprint.cjs may run dist/ only while it was
// built from the sources as they are now; the bundle behaves as the sources do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { main as sourceMain } from '../../lib/cli/main';
import { awsDiff } from '../../lib/review/aws-diff';
import { startAwsDiffWorker } from '../../lib/review/aws-diff-in-worker';
import { captureIo } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

interface CliBundle {
  build(outDir: string): Promise<{ bundle: string; sources: number }[]>;
  freshBundle(name: 'blueprint' | 'cdk' | 'aws-diff-worker', outDir: string): string | undefined;
}
const { build, freshBundle }: CliBundle = require('../../build/cli-bundle.cjs');

describe('the compiled CLI', () => {
  let outDir: string;
  let manifest: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'blueprint-dist-'));
    manifest = join(outDir, 'blueprint.sources.json');
    // The bundle requires its npm packages from the repository's node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(outDir, 'node_modules'));
    await build(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('is fresh right after the build, and records the repository sources it was built from', () => {
    expect(freshBundle('blueprint', outDir)).toBe(join(outDir, 'blueprint.cjs'));
    const { sources } = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(sources).toEqual(expect.arrayContaining(['bin/blueprint.ts', 'lib/cli/main.ts', 'stacks/app.ts']));
    expect(sources.filter((s: string) => s.startsWith('node_modules/'))).toEqual([]);
  });

  test('is stale when the sources hash differently from when it was built (a source changed)', () => {
    const original = readFileSync(manifest, 'utf8');
    try {
      const recorded = JSON.parse(original);
      writeFileSync(manifest, JSON.stringify({ ...recorded, hash: 'a'.repeat(64) }));
      expect(freshBundle('blueprint', outDir)).toBeUndefined();
    } finally {
      writeFileSync(manifest, original);
    }
  });

  test('is stale when a source it was built from is gone', () => {
    const original = readFileSync(manifest, 'utf8');
    try {
      const recorded = JSON.parse(original);
      writeFileSync(manifest, JSON.stringify({ ...recorded, sources: [...recorded.sources, 'lib/gone.ts'] }));
      expect(freshBundle('blueprint', outDir)).toBeUndefined();
    } finally {
      writeFileSync(manifest, original);
    }
  });

  test('the CDK app is a bundle of its own, with only the sources it imports', () => {
    expect(freshBundle('cdk', outDir)).toBe(join(outDir, 'cdk.cjs'));
    const { sources } = JSON.parse(readFileSync(join(outDir, 'cdk.sources.json'), 'utf8'));
    expect(sources).toEqual(expect.arrayContaining(['bin/cdk.ts', 'stacks/app.ts']));
    expect(sources.filter((s: string) => s.startsWith('lib/cli/commands/'))).toEqual([]);
  });

  test("the plan's diff worker is a bundle of its own, from sources the CLI's bundle holds too (so fresh with it)", async () => {
    const worker = join(outDir, 'aws-diff-worker.cjs');
    expect(freshBundle('aws-diff-worker', outDir)).toBe(worker);
    const { sources } = JSON.parse(readFileSync(join(outDir, 'aws-diff-worker.sources.json'), 'utf8'));
    expect(sources).toEqual([
      'lib/review/aws-diff-worker.ts',
      'lib/review/aws-diff.ts',
      'lib/review/readable-cfn.ts',
    ]);
    expect(JSON.parse(readFileSync(manifest, 'utf8')).sources).toEqual(expect.arrayContaining(sources));
    const differ = startAwsDiffWorker({ file: worker, typescript: false });
    try {
      const topic = (name: string) => ({
        s: { Resources: { T: { Type: 'AWS::SNS::Topic', Properties: { TopicName: name } } } },
      });
      expect(await differ.diff(topic('a'), topic('b'), new Map())).toEqual(awsDiff(topic('a'), topic('b')));
    } finally {
      await differ.close();
    }
  });

  test('is not fresh when never built', () => {
    expect(freshBundle('blueprint', join(outDir, 'never-built'))).toBeUndefined();
  });

  test('validates the example org exactly as the sources do', async () => {
    const { main } = require(join(outDir, 'blueprint.cjs'));
    const fromBundle = captureIo(ROOT, { BLUEPRINT_TODAY: '2026-11-23' });
    const fromSources = captureIo(ROOT, { BLUEPRINT_TODAY: '2026-11-23' });
    expect(await main(['validate', '--format', 'json'], fromBundle)).toBe(0);
    expect(await sourceMain(['validate', '--format', 'json'], fromSources)).toBe(0);
    expect(fromBundle.stdout()).toBe(fromSources.stdout());
  });

  test('loads the engines lazily, as the sources do: --help and validate load no CDK, Pulumi or SDK', () => {
    const script = `
      const { main } = require(${JSON.stringify(join(outDir, 'blueprint.cjs'))});
      const io = { out() {}, err() {}, cwd: process.cwd(), env: { BLUEPRINT_TODAY: '2026-11-23' }, interactive: false };
      const engines = /node_modules\\/(aws-cdk-lib|constructs|cdk-nag|@pulumi|@aws-sdk|@aws-cdk|@okta)\\//;
      main(['--help'], io)
        .then(() => main(['validate'], io))
        .then((code) => console.log(JSON.stringify({ code, loaded: Object.keys(require.cache).filter((f) => engines.test(f)) })));
    `;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ code: 0, loaded: [] });
  });

  test('keeps each module’s __dirname its source folder (the lifecycle bundle finds the repository by it)', () => {
    const bundle = readFileSync(join(outDir, 'blueprint.cjs'), 'utf8');
    expect(bundle).not.toMatch(/resolve\)\(__dirname, "\.\.", "\.\."\)/);
    const relativeToOut = relative(outDir, join(ROOT, 'lib', 'aws'));
    expect(bundle).toContain(`require("node:path").join(__dirname, ${JSON.stringify(relativeToOut)})`);
  });
});
