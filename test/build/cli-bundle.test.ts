// The compiled CLI (build/cli-bundle.cjs): bin/blueprint.cjs may run dist/ only while it was
// built from the sources as they are now; the bundle behaves as the sources do. So do the CDK
// app's, the Pulumi program's (bin/okta.cjs) and the policy pack's (policy-pack/index.js).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import type * as OktaProgram from '../../bin/okta';
import { main as sourceMain } from '../../lib/cli/main';
import { awsDiff } from '../../lib/review/aws-diff';
import { startAwsDiffWorker } from '../../lib/review/aws-diff-in-worker';
import { type MockRun, runUnderMocks } from '../okta/support/pulumi-mocks';
import { captureIo } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

interface CliBundle {
  build(outDir: string): Promise<{ bundle: string; sources: number }[]>;
  freshBundle(
    name: 'blueprint' | 'cdk' | 'okta' | 'policy-pack' | 'aws-diff-worker',
    outDir?: string,
  ): string | undefined;
}
const { build, freshBundle }: CliBundle = require('../../build/cli-bundle.cjs');

const TODAY = '2026-11-23';

/** The Okta program at `path` run under Pulumi's mocks on the example org's `stack`. */
function oktaUnderMocks(stack: string, path: string): Promise<MockRun> {
  return runUnderMocks(
    stack,
    { 'blueprint:today': TODAY, 'blueprint:config': join(ROOT, 'config') },
    async () => {
      // Loaded only now, after setMocks (as test/stacks/okta-it.test.ts does).
      const { oktaProgram }: typeof OktaProgram = require(path);
      return oktaProgram();
    },
  );
}

// The policy pack's gRPC stack, loaded as @pulumi/policy's server loads it (not our dependencies).
const fromPolicy = createRequire(require.resolve('@pulumi/policy'));
const grpc = fromPolicy('@grpc/grpc-js');
const { Empty } = fromPolicy('google-protobuf/google/protobuf/empty_pb');
const { Struct } = fromPolicy('google-protobuf/google/protobuf/struct_pb');
const { AnalyzerClient } = fromPolicy('@pulumi/pulumi/proto/analyzer_grpc_pb');
const { AnalyzeRequest, AnalyzerResourceOptions } = fromPolicy('@pulumi/pulumi/proto/analyzer_pb');

/**
 * Runs `script` in policy-pack/ as Pulumi runs the pack there, and asks the analyzer it serves
 * (on the port it prints, as the engine does) what it is and what it finds in a few resources.
 */
async function askPolicyPack(script: string) {
  const child = spawn(process.execPath, ['-e', script], {
    cwd: join(ROOT, 'policy-pack'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<string>((served, failed) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) served(out.trim());
      });
      child.on('exit', (code) => failed(new Error(`the policy pack exited (${code}) before serving`)));
    });
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const call = (method: string, request: unknown) =>
      new Promise<unknown>((answered, failed) =>
        client[method](request, (error: Error | null, response: { toObject(): unknown }) =>
          error ? failed(error) : answered(response.toObject()),
        ),
      );
    const analyze = (
      stack: string,
      type: string,
      name: string,
      protect: boolean,
      ignoreChanges: string[],
    ) => {
      const request = new AnalyzeRequest();
      request.setType(type);
      request.setName(name);
      request.setUrn(`urn:pulumi:${stack}::org-blueprint-okta::${type}::${name}`);
      request.setProperties(Struct.fromJavaScript({}));
      const options = new AnalyzerResourceOptions();
      options.setProtect(protect);
      options.setIgnorechangesList(ignoreChanges);
      request.setOptions(options);
      return call('analyze', request);
    };
    try {
      return {
        info: await call('getAnalyzerInfo', new Empty()),
        declared: await analyze('it', 'okta:user/user:User', 'user.a', true, ['status']),
        unprotected: await analyze('it', 'okta:user/user:User', 'user.a', false, []),
        adminRoleInIt: await analyze('it', 'okta:group/role:Role', 'role.a', false, []),
        adminRoleInSecurity: await analyze('security', 'okta:group/role:Role', 'role.a', false, []),
      };
    } finally {
      client.close();
    }
  } finally {
    child.kill();
  }
}

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

  test('the Pulumi program is a bundle of its own, with only the sources it imports', () => {
    expect(freshBundle('okta', outDir)).toBe(join(outDir, 'okta.cjs'));
    const { sources } = JSON.parse(readFileSync(join(outDir, 'okta.sources.json'), 'utf8'));
    expect(sources).toEqual(
      expect.arrayContaining([
        'bin/okta.ts',
        'stacks/okta-it.ts',
        'stacks/okta-security.ts',
        'lib/okta/desired-state.ts',
      ]),
    );
    expect(sources.filter((s: string) => /^(node_modules|lib\/cli\/commands|lib\/aws)\//.test(s))).toEqual(
      [],
    );
  });

  test.each(['it', 'security'])(
    'the Pulumi program declares the %s stack under Pulumi mocks exactly as the sources do',
    async (stack) => {
      const fromBundle = await oktaUnderMocks(stack, join(outDir, 'okta.cjs'));
      const fromSources = await oktaUnderMocks(stack, join(ROOT, 'bin', 'okta.ts'));
      expect(fromBundle.registrations.length).toBeGreaterThan(10);
      expect(fromBundle.registrations).toEqual(fromSources.registrations);
      expect(fromBundle.calls).toEqual(fromSources.calls);
      expect(fromBundle.reads).toEqual(fromSources.reads);
      const resolved = (run: MockRun) =>
        new Promise((done) =>
          pulumi.output(run.outputs as Record<string, pulumi.Input<unknown>>).apply(done),
        );
      expect(await resolved(fromBundle)).toEqual(await resolved(fromSources));
    },
    30_000,
  );

  // Against the repository's own dist/: built by `npm install` and `npm test`, stale after an edit.
  test('bin/okta.cjs loads the bundle in dist/ while it is fresh, else the TypeScript program', () => {
    const script = `
      const program = require('./bin/okta.cjs');
      const files = Object.keys(require.cache).filter((f) => /(dist\\/okta\\.cjs|bin\\/okta\\.ts)$/.test(f));
      console.log(JSON.stringify({ program: typeof program, files: files.map((f) => require('node:path').relative(process.cwd(), f)) }));
    `;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      program: 'function',
      files: [freshBundle('okta') ? 'dist/okta.cjs' : 'bin/okta.ts'],
    });
  });

  test('policy-pack/index.js serves the bundle in dist/ while it is fresh, else the TypeScript pack', () => {
    const script = `
      const write = process.stdout.write.bind(process.stdout);
      // The pack prints its port once serving: what it loaded by then is all it runs.
      process.stdout.write = () => {
        const files = Object.keys(require.cache).filter((f) => /(dist\\/policy-pack\\.cjs|policy-pack\\/pack\\.ts)$/.test(f));
        write(JSON.stringify(files.map((f) => require('node:path').relative(${JSON.stringify(ROOT)}, f))));
        process.exit(0);
      };
      require('./index.js');
    `;
    const out = execFileSync(process.execPath, ['-e', script], {
      cwd: join(ROOT, 'policy-pack'),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([
      freshBundle('policy-pack') ? 'dist/policy-pack.cjs' : 'policy-pack/pack.ts',
    ]);
  });

  test('the policy pack is a bundle of its own, of the pack’s folder alone', () => {
    expect(freshBundle('policy-pack', outDir)).toBe(join(outDir, 'policy-pack.cjs'));
    const { sources } = JSON.parse(readFileSync(join(outDir, 'policy-pack.sources.json'), 'utf8'));
    expect(sources).toContain('policy-pack/pack.ts');
    expect(sources.filter((s: string) => !s.startsWith('policy-pack/'))).toEqual([]);
  });

  test('the policy pack, served from its bundle in policy-pack/, answers the engine as the sources do', async () => {
    const fromBundle = await askPolicyPack(`require(${JSON.stringify(join(outDir, 'policy-pack.cjs'))})`);
    const fromSources = await askPolicyPack("require('tsx/cjs'); require('./pack.ts')");
    expect(fromBundle).toEqual(fromSources);
    const found = (answer: unknown) =>
      (answer as { diagnosticsList: { policyname: string }[] }).diagnosticsList.map((d) => d.policyname);
    expect(fromBundle.info).toMatchObject({ name: 'org-blueprint-okta', version: '0.1.0' });
    expect(found(fromBundle.declared)).toEqual([]);
    expect(found(fromBundle.unprotected)).toEqual([
      'okta-identities-protected',
      'okta-user-status-owned-by-lifecycle',
    ]);
    expect(found(fromBundle.adminRoleInIt)).toEqual(['okta-admin-roles-on-security-side']);
    expect(found(fromBundle.adminRoleInSecurity)).toEqual([]);
  }, 30_000);

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
