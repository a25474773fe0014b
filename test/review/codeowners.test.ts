import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { main } from '../../lib/cli/main';
import {
  owningSide,
  REVIEW_LOADED_LIFECYCLE_MODULES,
  SECURITY_CREDENTIAL_LIFECYCLE_MODULES,
} from '../../lib/review/codeowners';
import { captureIo } from '../support/config-case';
import { scenarioRepo } from '../support/git-scenario';
import { runtimeImports } from '../support/runtime-imports';

const ROOT = resolve(__dirname, '..', '..');
/**
 * What the PR workflows run with the PR's code: validate, codeowners --check, plan (--base),
 * check-approvals, okta-stacks (the stacks `pulumi preview` visits), `cdk diff` (bin/cdk.ts),
 * `pulumi preview` (bin/okta.ts, the policy pack).
 * lib/cli/main.ts joins this list once it loads each command lazily (today it imports
 * offboard/onboard, and with them the lifecycle runtime, for every command).
 */
const REVIEW_ENTRY_POINTS = [
  'lib/cli/commands/validate.ts',
  'lib/cli/commands/codeowners.ts',
  'lib/cli/commands/plan.ts',
  'lib/cli/commands/check-approvals.ts',
  'lib/cli/commands/okta-stacks.ts',
  'lib/review/aws-diff-worker.ts', // the plan's diff, in a worker thread (aws-diff-in-worker.ts)
  // Each loader runs its bundle from dist/ while fresh, else its source through tsx: a bundle
  // holds only the sources it was built from, so the loader and that source cover both.
  'bin/cdk.cjs', // cdk.json app
  'bin/cdk.ts', // dist/cdk.cjs is built from it
  'bin/okta.cjs', // Pulumi.yaml main
  'bin/okta.ts', // dist/okta.cjs is built from it
  'policy-pack/index.js', // the policy pack's entry
  'policy-pack/pack.ts', // dist/policy-pack.cjs is built from it
];
/**
 * What runs with Security's credentials rather than IT's: break-glass (`blueprint elevate`,
 * Security's Okta service app with okta.groups.manage on privileged groups, Scheduler and
 * iam:PassRole), the elevation expiry and session revocation functions (Security's stack), the
 * super admin's `okta-admin-setup`, and the importers (an org-wide read-only admin). IT's code
 * must not run there: it could act with, or hand out, what IT's own scoped credentials lack.
 */
const SECURITY_CREDENTIAL_ENTRY_POINTS = [
  'lib/cli/commands/elevate.ts',
  'lib/lifecycle/handlers/elevation-expiry.ts',
  'lib/aws/session-revocation/handler.ts',
  'lib/cli/commands/okta-admin-setup.ts',
  'lib/cli/commands/import.ts',
  'lib/cli/commands/import-aws.ts',
];
let loadedByCredentials: string[] | undefined;
const credentialModules = () => {
  loadedByCredentials ??= runtimeImports(ROOT, SECURITY_CREDENTIAL_ENTRY_POINTS);
  return loadedByCredentials;
};
let loadedByReview: string[] | undefined;
const reviewModules = () => {
  loadedByReview ??= runtimeImports(ROOT, REVIEW_ENTRY_POINTS);
  return loadedByReview;
};

describe('blueprint codeowners', () => {
  test('the committed .github/CODEOWNERS is up to date', async () => {
    const io = captureIo(resolve(__dirname, '..', '..'));
    expect(await main(['codeowners', '--check'], io)).toBe(0);
    expect(io.stdout()).toBe('✓ .github/CODEOWNERS is up to date\n');
  });

  test('generates Security ownership by default, IT (with Security) for its carve-out', async () => {
    const s = scenarioRepo();
    expect(await main(['codeowners'], captureIo(s.cwd))).toBe(0);
    const text = readFileSync(join(s.cwd, '.github', 'CODEOWNERS'), 'utf8');
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '*                                                        @acme/security',
      '/config/it/                                              @acme/it @acme/security',
      '/lib/lifecycle/**/*.ts                                   @acme/it @acme/security',
      '/test/lifecycle/**/*.ts                                  @acme/it @acme/security',
      '/lib/lifecycle/handlers/lambda-env*                      @acme/security',
      '/lib/lifecycle/handlers/task-names*                      @acme/security',
      '/lib/lifecycle/handlers/task-routing*                    @acme/security',
      '/lib/lifecycle/lifecycle-directory*                      @acme/security',
      '/lib/lifecycle/okta/okta-errors*                         @acme/security',
      '/lib/lifecycle/audit/audit-store*                        @acme/security',
      '/lib/lifecycle/audit/dynamodb-audit-store*               @acme/security',
      '/lib/lifecycle/audit/file-audit-store*                   @acme/security',
      '/lib/lifecycle/audited-step*                             @acme/security',
      '/lib/lifecycle/aws-access/identity-center-groups*        @acme/security',
      '/lib/lifecycle/aws-access/identity-store-access-denial*  @acme/security',
      '/lib/lifecycle/aws-access/session-revocation*            @acme/security',
      '/lib/lifecycle/clock*                                    @acme/security',
      '/lib/lifecycle/handlers/invoke-function*                 @acme/security',
      '/lib/lifecycle/handlers/signed-aws-request*              @acme/security',
      '/lib/lifecycle/lifecycle-step*                           @acme/security',
      '/lib/lifecycle/notify/ses-notifier*                      @acme/security',
      '/lib/lifecycle/offboarding/end-date-patch*               @acme/security',
      '/lib/lifecycle/offboarding/make-change*                  @acme/security',
      '/lib/lifecycle/okta/create-okta-client*                  @acme/security',
      '/lib/lifecycle/okta/okta-call-tracker*                   @acme/security',
      '/lib/lifecycle/okta/okta-credentials*                    @acme/security',
      '/lib/lifecycle/okta/retry-policy*                        @acme/security',
      '/lib/lifecycle/okta/retrying-request-executor*           @acme/security',
      '/lib/lifecycle/okta/sdk-okta-directory*                  @acme/security',
      '/lib/lifecycle/elevation/                                @acme/security',
      '/lib/lifecycle/handlers/elevation-expiry*                @acme/security',
      '/test/lifecycle/elevation/                               @acme/security',
    ]);
  });

  test('--check fails when a team changes and the file was not regenerated', async () => {
    const s = scenarioRepo();
    await main(['codeowners'], captureIo(s.cwd));
    s.edit('org.yaml', 'github: acme/security', 'github: acme/secops');
    const io = captureIo(s.cwd);
    expect(await main(['codeowners', '--check'], io)).toBe(1);
    expect(io.stdout()).toBe(
      '✗ .github/CODEOWNERS is stale; run `npx blueprint codeowners` and commit the result\n',
    );
    execFileSync('git', ['status'], { cwd: s.cwd });
  });

  test.each([
    ['config/it/groups.yaml', 'it'],
    ['config/it/aws-access.yaml', 'it'],
    ['config/security/privileged.yaml', 'security'],
    ['config/org.yaml', 'security'],
    ['.github/workflows/pr.yml', 'security'],
    ['.github/CODEOWNERS', 'security'],
    ['.ci/run', 'security'],
    ['Pulumi.it.yaml', 'security'],
    ['cdk.json', 'security'],
    ['package.json', 'security'],
    ['package-lock.json', 'security'],
    ['tsconfig.json', 'security'],
    ['jest.config.js', 'security'],
    ['biome.json', 'security'],
    ['bin/blueprint.cjs', 'security'],
    ['lib/okta/specs/users.ts', 'security'],
    ['lib/aws/guardrail-policies.ts', 'security'],
    ['lib/aws/it-execution-policy.ts', 'security'],
    ['stacks/organization-stack.ts', 'security'],
    ['stacks/it-stack.ts', 'security'],
    ['stacks/access-stacks.ts', 'security'],
    ['stacks/okta-it.ts', 'security'],
    ['lib/review/approvals.ts', 'security'],
    ['lib/cli/main.ts', 'security'],
    ['lib/model/org-model.ts', 'security'],
    ['lib/policy/check-org.ts', 'security'],
    ['lib/github/approval-check.ts', 'security'],
    ['lib/report/report.ts', 'security'],
    ['test/review/scenarios-full.test.ts', 'security'],
    ['test/support/git-scenario.ts', 'security'],
    ['a-new-top-level-file.ts', 'security'],
    ['lib/lifecycle/okta/retrying-request-executor.ts', 'security'],
    ['lib/lifecycle/clock.ts', 'security'],
    ['lib/lifecycle/okta/okta-directory.ts', 'it'],
    ['lib/lifecycle/handlers/okta-tasks.ts', 'it'],
    ['test/lifecycle/offboarding/offboard-person.test.ts', 'it'],
    ['lib/lifecycle/offboarding/steps/suspend.ts', 'it'],
    ['lib/lifecycle/offboarding/offboarding-steps.ts', 'it'],
    ['lib/lifecycle/handlers/task-routing.ts', 'security'],
    ['lib/lifecycle/handlers/lambda-env.ts', 'security'],
  ])('%s is owned by %s', (path, side) => expect(owningSide(path)).toBe(side));

  test("a config folder elsewhere moves IT's config carve-out with it", () => {
    expect(owningSide('orgs/acme/it/people.yaml', 'orgs/acme')).toBe('it');
    expect(owningSide('config/it/people.yaml', 'orgs/acme')).toBe('security');
  });

  // Code that runs in the process computing the plan (or the approvals check, or `cdk diff` /
  // `pulumi preview` on the PR) can rewrite what it reports, so all of it must be Security's.
  test('every module the review and the PR previews load is owned by Security', () => {
    const loaded = reviewModules();
    expect(loaded).toEqual(
      expect.arrayContaining([
        'bin/okta.ts',
        'lib/review/approvals.ts',
        'policy-pack/pack.ts',
        'stacks/it-stack.ts',
        'lib/lifecycle/handlers/task-routing.ts',
      ]),
    );
    expect(loaded.filter((f) => owningSide(f) !== 'security')).toEqual([]);
  });

  test("every module Security's credentials run is owned by Security", () => {
    const loaded = credentialModules();
    expect(loaded).toEqual(
      expect.arrayContaining([
        'lib/lifecycle/elevation/break-glass.ts',
        'lib/lifecycle/okta/sdk-okta-directory.ts',
      ]),
    );
    expect(loaded.filter((f) => owningSide(f) !== 'security')).toEqual([]);
  });

  // esbuild builds dist/cdk.cjs and dist/blueprint.cjs on `npm ci` (the `prepare` script), and
  // resolves `./task-routing` to an extensionless file or a .tsx before the .ts: a file of IT's
  // under such a name would run in the plan and in Security's deploy job (cdk synth).
  test.each(
    REVIEW_LOADED_LIFECYCLE_MODULES.flatMap((m) => {
      const stem = m.slice(1).replace(/\.ts$/, '');
      return [stem, `${stem}.tsx`, `${stem}.js`, `${stem}.cjs`, `${stem}/index.ts`].map((f) => [f]);
    }),
  )('%s, which could stand for a review-loaded module, is owned by Security', (path) => {
    expect(owningSide(path)).toBe('security');
  });

  // esbuild (the dist/ bundles, the Lambda assets) compiles each file with the tsconfig.json
  // nearest to it, and resolves through the package.json around it: tool config in an IT folder
  // would steer how Security's modules there compile and what their imports load. IT owns only
  // the TypeScript in its code folders; every other file there is Security's.
  test.each([
    'lib/lifecycle/tsconfig.json',
    'lib/lifecycle/elevation/tsconfig.json',
    'lib/lifecycle/jsconfig.json',
    'lib/lifecycle/package.json',
    'lib/lifecycle/okta/package.json',
    'lib/lifecycle/.swcrc',
    'lib/lifecycle/.babelrc',
    'lib/lifecycle/babel.config.js',
    'lib/lifecycle/biome.json',
    'lib/lifecycle/.npmrc',
    'lib/lifecycle/.gitattributes',
    'lib/lifecycle/offboarding/steps/deny-aws.js',
    'lib/lifecycle/offboarding/steps/deny-aws.mts',
    'lib/lifecycle/offboarding/steps/deny-aws.tsx',
    'lib/lifecycle/offboarding/steps/deny-aws',
    'lib/lifecycle/data.json',
    'test/lifecycle/tsconfig.json',
    'test/lifecycle/.swcrc',
    'test/lifecycle/jest.config.js',
    'lib/lifecycle/okta.ts/tsconfig.json',
  ])('%s, tool config or code other than TypeScript in an IT folder, is owned by Security', (path) => {
    expect(owningSide(path)).toBe('security');
  });

  // On a case-insensitive file system (macOS, Windows: where `blueprint elevate` runs) two paths
  // that differ only in case are one file, and git checks out whichever it writes last: a file
  // of IT's under another spelling of a Security module would replace it there.
  test.each([
    'lib/lifecycle/okta/Sdk-okta-directory.ts',
    'lib/lifecycle/OKTA/sdk-okta-directory.ts',
    'lib/lifecycle/handlers/Task-routing.ts',
    'lib/lifecycle/Elevation/break-glass.ts',
    'lib/lifecycle/handlers/ELEVATION-EXPIRY.ts',
    'test/lifecycle/Elevation/break-glass.test.ts',
  ])('%s, another spelling of a Security module, is owned by Security', (path) => {
    expect(owningSide(path)).toBe('security');
  });

  test("a tsconfig.json in a folder remaps the package imports of every module below it (elevation-patch's yaml)", async () => {
    const bundled = async (tsconfig: object | undefined) => {
      const dir = mkdtempSync(join(tmpdir(), 'blueprint-tsconfig-'));
      mkdirSync(join(dir, 'lifecycle', 'elevation'), { recursive: true });
      writeFileSync(
        join(dir, 'entry.ts'),
        "import { patch } from './lifecycle/elevation/elevation-patch';\nconsole.log(patch);\n",
      );
      writeFileSync(
        join(dir, 'lifecycle', 'elevation', 'elevation-patch.ts'),
        "import { parseDocument } from 'yaml';\nexport const patch = parseDocument('a: 1');\n",
      );
      writeFileSync(
        join(dir, 'lifecycle', 'not-yaml.ts'),
        'export const parseDocument = (x: string) => x;\n',
      );
      if (tsconfig) writeFileSync(join(dir, 'lifecycle', 'tsconfig.json'), JSON.stringify(tsconfig));
      const result = await build({
        absWorkingDir: dir,
        entryPoints: ['entry.ts'],
        bundle: true,
        packages: 'external',
        platform: 'node',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return Object.keys(result.metafile.inputs).sort();
    };
    expect(await bundled(undefined)).toEqual(['entry.ts', 'lifecycle/elevation/elevation-patch.ts']);
    expect(await bundled({ compilerOptions: { paths: { yaml: ['./not-yaml.ts'] } } })).toEqual([
      'entry.ts',
      'lifecycle/elevation/elevation-patch.ts',
      'lifecycle/not-yaml.ts',
    ]);
  });

  test("esbuild's resolution order, which the ownership above assumes: the exact file, then .tsx, then .ts", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-resolution-'));
    writeFileSync(join(dir, 'entry.ts'), "import { who } from './m';\nconsole.log(who);\n");
    writeFileSync(join(dir, 'm.ts'), "export const who = 'ts';\n");
    const bundled = async () => {
      const result = await build({
        absWorkingDir: dir,
        entryPoints: ['entry.ts'],
        bundle: true,
        platform: 'node',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return Object.keys(result.metafile.inputs).sort();
    };
    expect(await bundled()).toEqual(['entry.ts', 'm.ts']);
    writeFileSync(join(dir, 'm.tsx'), "export const who = 'tsx';\n");
    expect(await bundled()).toEqual(['entry.ts', 'm.tsx']);
    writeFileSync(join(dir, 'm'), "exports.who = 'extensionless';\n");
    expect(await bundled()).toEqual(['entry.ts', 'm']);
  });

  test('every lifecycle module given back to Security is still loaded by the review', () => {
    const loaded = reviewModules().map((f) => `/${f}`);
    const unused = REVIEW_LOADED_LIFECYCLE_MODULES.filter((module) => !loaded.includes(module));
    expect(unused).toEqual([]);
  });

  test("every lifecycle module given back as run by Security's credentials still is", () => {
    const loaded = credentialModules().map((f) => `/${f}`);
    const unused = SECURITY_CREDENTIAL_LIFECYCLE_MODULES.filter((module) => !loaded.includes(module));
    expect(unused).toEqual([]);
  });
});
