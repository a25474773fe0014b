// The GitHub workflows lint clean against the workflow schema, and keep the properties the
// review flow depends on: npm ci on a supported Node, the plan and approvals jobs, deploy
// secrets only in their own environment's job, and a drift run that never applies.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { DEPLOY_SECRETS, READ_ONLY_SECRETS } from '../../lib/github/repository-settings';

const WORKFLOWS = resolve(__dirname, '..', '..', '.github', 'workflows');
const NAMES = ['pr', 'deploy', 'drift'] as const;
const read = (name: string) => readFileSync(join(WORKFLOWS, `${name}.yml`), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: workflow files are free-form YAML
const parsed = (name: string) => load(read(name)) as any;
// biome-ignore lint/suspicious/noExplicitAny: workflow files are free-form YAML
type Step = { uses?: string; run?: string; id?: string; if?: string; with?: any; env?: any };
const jobs = (name: string) =>
  Object.entries(parsed(name).jobs) as [string, { steps: Step[] } & Record<string, unknown>][];
const secretsIn = (value: unknown) =>
  [...new Set([...JSON.stringify(value).matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1]))].sort();

describe('GitHub workflows', () => {
  test.each(NAMES)('%s.yml validates against the workflow schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  // GitHub runs Node 20 actions on Node 24 since June 2026 and removes Node 20 from its runners:
  // each action at (or past) its first major whose action.yml declares `runs.using: node24`.
  const FIRST_NODE24_MAJOR: Readonly<Record<string, number>> = {
    'actions/checkout': 5,
    'actions/setup-node': 5,
    'actions/upload-artifact': 6,
    'actions/download-artifact': 7,
    'actions/github-script': 8,
    'aws-actions/configure-aws-credentials': 6,
    'pulumi/actions': 7,
  };
  test.each(NAMES)('%s: every action is one we know, at a major that runs on Node 24', (name) => {
    for (const [id, job] of jobs(name))
      for (const step of job.steps.filter((s) => s.uses)) {
        const [, action, major] = /^([^@]+)@v(\d+)$/.exec(step.uses!) ?? [];
        expect([
          id,
          step.uses,
          Number(major) >= (FIRST_NODE24_MAJOR[action!] ?? Number.POSITIVE_INFINITY),
        ]).toEqual([id, step.uses, true]);
      }
  });

  // The CDK app, the Pulumi program, `blueprint plan` and `blueprint guardrails` resolve
  // elevations from when their lines landed (git blame, lib/review/elevation-starts.ts): on a
  // shallow clone they refuse to run once the config declares an elevation.
  const RESOLVES_ELEVATIONS = /\b(npx cdk|pulumi (preview|up)|npx blueprint (plan|guardrails))\b/;
  test.each(NAMES)('%s: every job that resolves elevations checks out the whole history', (name) => {
    for (const [id, job] of jobs(name)) {
      if (!RESOLVES_ELEVATIONS.test(job.steps.map((s) => s.run ?? '').join('\n'))) continue;
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'));
      expect([id, checkout?.with?.['fetch-depth']]).toEqual([id, 0]);
    }
  });

  test('the linter catches a broken workflow', () => {
    expect(
      validateWorkflow('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length,
    ).toBeGreaterThan(0);
  });

  test.each(NAMES)(
    '%s: every job that installs uses npm ci (the lockfile as committed) on Node 24',
    (name) => {
      const runs = jobs(name).flatMap(([, job]) => job.steps.map((s) => s.run ?? ''));
      expect(runs.filter((r) => /\bnpm (install|i)\b/.test(r))).toEqual([]);
      for (const [id, job] of jobs(name)) {
        const setup = job.steps.filter((s) => s.uses?.startsWith('actions/setup-node'));
        const installs = job.steps.some((s) => s.run === 'npm ci');
        expect([id, installs]).toEqual([id, setup.length === 1]);
        for (const s of setup) expect([id, s.with['node-version']]).toEqual([id, 24]);
      }
    },
  );

  test('pr: test, plan, comment and approvals jobs; re-runs when a review is submitted or dismissed', () => {
    const wf = parsed('pr');
    expect(wf.on).toEqual({
      pull_request: { branches: ['main'] },
      pull_request_review: { types: ['submitted', 'dismissed'] },
    });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.test.steps.map((s: Step) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    const steps: Step[] = wf.jobs.plan.steps;
    expect(steps.find((s) => s.id === 'plan')!.run).toContain(
      'npx blueprint plan --base "refs/remotes/origin/$BASE_REF" --format markdown --out plan',
    );
    expect(steps.find((s) => s.id === 'plan')!.env).toEqual({
      BASE_REF: '${{ github.event.pull_request.base.ref }}', // set on review events too
      PR_BODY: '${{ github.event.pull_request.body }}',
    });
    expect(steps.map((s) => s.run)).toEqual(
      expect.arrayContaining(['npx blueprint validate --format github', 'npx blueprint codeowners --check']),
    );
    // CloudFormation validation (which `blueprint plan` leaves to `cdk synth`) fails the required plan check.
    const synth = steps.findIndex((s) => s.run === 'npx cdk synth --no-notices --quiet --output cdk.out');
    expect(synth).toBeGreaterThan(0);
    expect(synth).toBeLessThan(steps.findIndex((s) => s.id === 'plan'));
    expect(steps[synth].if).toBeUndefined();
    // No cache carried between runs: code of an earlier push could have written it (see README).
    expect(steps.filter((s) => s.uses?.startsWith('actions/cache'))).toEqual([]);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with).toEqual({
      name: 'plan',
      path: 'plan/',
    });
    expect(steps.at(-1)!.if).toBe("steps.plan.outputs.exit != '0'");
    expect(wf.jobs.plan.permissions).toBeUndefined(); // read-only: it runs the PR's code
  });

  test("pr: the approvals check reads the plan job's plan.json and checks this PR with a read-only token", () => {
    const job = parsed('pr').jobs.approvals;
    expect(job.needs).toBe('plan');
    const download = job.steps.find((s: Step) => s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toEqual({ name: 'plan', path: 'plan' });
    const check = job.steps.at(-1);
    expect(check.run).toBe(
      'npx blueprint check-approvals --plan plan/plan.json --repo "$REPOSITORY" --pr "$PR_NUMBER" --head "$HEAD_SHA"',
    );
    expect(check.env).toEqual({
      GITHUB_TOKEN: '${{ secrets.APPROVALS_TOKEN }}',
      REPOSITORY: '${{ github.repository }}',
      PR_NUMBER: '${{ github.event.pull_request.number }}',
      HEAD_SHA: '${{ github.event.pull_request.head.sha }}',
    });
  });

  test('pr: the sticky comment is posted by a job that runs no code from the pull request', () => {
    const job = parsed('pr').jobs.comment;
    expect(job.permissions).toEqual({ 'pull-requests': 'write' });
    expect(job.steps.map((s: Step) => s.uses)).toEqual([
      'actions/download-artifact@v7',
      'actions/github-script@v8',
    ]);
  });

  test('pr: no job holds a deploy secret or a deploy environment', () => {
    for (const [id, job] of jobs('pr')) {
      expect([id, job.environment]).toEqual([id, undefined]);
      expect(secretsIn(job).filter((s) => !(READ_ONLY_SECRETS as readonly string[]).includes(s))).toEqual([]);
    }
    expect(secretsIn(parsed('pr').jobs.plan)).toEqual([]);
  });

  test("deploy: IT then Security, each side's secrets only inside the job of its environment", () => {
    const wf = parsed('deploy');
    expect(wf.concurrency).toEqual({ group: 'deploy-main', 'cancel-in-progress': false });
    expect(wf.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: {} });
    expect(wf.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(wf.jobs.it.environment).toBe('it');
    expect(wf.jobs.security.environment).toBe('security');
    expect(wf.jobs.security.needs).toBe('it');
    for (const job of ['it', 'security']) {
      expect(wf.jobs[job].if).toBe("github.ref == 'refs/heads/main'");
      expect(secretsIn(wf.jobs[job])).toEqual([...DEPLOY_SECRETS].sort());
    }
    const { jobs: _jobs, ...workflowLevel } = wf;
    expect(secretsIn(workflowLevel)).toEqual([]);
    const role = (job: string) =>
      wf.jobs[job].steps.find((s: Step) => s.uses?.startsWith('aws-actions/configure-aws-credentials')).with[
        'role-to-assume'
      ];
    expect(role('it')).toBe('${{ vars.AWS_IT_DEPLOY_ROLE_ARN }}');
    expect(role('security')).toBe('${{ vars.AWS_SECURITY_DEPLOY_ROLE_ARN }}');
    expect(read('deploy')).not.toMatch(/AWS_ACCESS_KEY_ID|aws-secret-access-key/);
    expect(read('deploy')).toContain('The checked-out code is main after review');
  });

  test('drift: nightly, read-only, never applies, one open issue updated rather than a new one each night', () => {
    const wf = parsed('drift');
    const text = read('drift');
    expect(wf.on.schedule).toEqual([{ cron: '17 3 * * *' }]);
    expect(wf.permissions).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write' });
    expect(text).toContain('--expect-no-changes');
    expect(text).toContain('detect-stack-drift');
    for (const applies of [
      'pulumi up',
      'cdk deploy',
      'gh workflow run',
      '--yes',
      'deploy.yml',
      'actions: write',
    ])
      expect([applies, text.includes(applies)]).toEqual([applies, false]);
    expect(jobs('drift').map(([, job]) => job.environment)).toEqual([undefined]);
    expect(secretsIn(wf)).toEqual(['OKTA_PREVIEW_PRIVATE_KEY', 'PULUMI_PREVIEW_TOKEN']);
    const steps: Step[] = wf.jobs.drift.steps;
    const report = steps.find((s) => s.run?.includes('gh issue create'))!;
    expect(report.if).toBe("steps.okta.outputs.drift == '1' || steps.aws.outputs.drift == '1'");
    expect(report.run).toContain(
      "gh issue list --label drift --state open --limit 1 --json number --jq '.[0].number // empty'",
    );
    expect(report.run).toContain('gh issue edit "$open" --body-file issue.md');
    expect(report.run).toContain('gh issue comment "$open"');
    expect(report.run).toMatch(
      /else\n\s+gh issue create --title "Drift: what runs differs from main" --label drift --body-file issue.md/,
    );
  });

  // workflow_dispatch runs the workflow file and the code of whatever branch it is started on:
  // an IT branch's package.json `prepare` would run with the drift role, the preview keys and
  // issues: write (enough to close the drift issue that reports an out-of-band change).
  test('drift: runs only for main, so a dispatch on another branch runs none of its code', () => {
    expect(parsed('drift').on.workflow_dispatch).toEqual({});
    expect(jobs('drift').map(([id, job]) => [id, job.if])).toEqual([
      ['drift', "github.ref == 'refs/heads/main'"],
    ]);
  });
});
