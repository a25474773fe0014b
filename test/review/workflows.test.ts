// The GitHub workflows lint clean against the workflow schema, and keep the properties the
// review flow depends on.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';

const WORKFLOWS = resolve(__dirname, '..', '..', '.github', 'workflows');
const read = (name: string) => readFileSync(join(WORKFLOWS, `${name}.yml`), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: workflow files are free-form YAML
const parsed = (name: string) => load(read(name)) as any;

describe('GitHub workflows', () => {
  test.each(['pr', 'deploy', 'drift'])('%s.yml validates against the workflow schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  test('the linter catches a broken workflow', () => {
    expect(
      validateWorkflow('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length,
    ).toBeGreaterThan(0);
  });

  test('pr: plans against the base branch with the PR acknowledgement, posts a sticky comment, fails when blocked', () => {
    const steps = parsed('pr').jobs.plan.steps;
    const plan = steps.find((s: { id?: string }) => s.id === 'plan');
    expect(plan.run).toContain('npx blueprint plan --base "origin/$BASE_REF" --format markdown');
    expect(plan.env.PR_BODY).toBe('${{ github.event.pull_request.body }}');
    expect(steps.map((s: { run?: string }) => s.run)).toEqual(
      expect.arrayContaining([
        'npm install',
        'npm test',
        'npx blueprint validate --format github',
        'npx blueprint codeowners --check',
      ]),
    );
    expect(steps.at(-1).if).toBe("steps.plan.outputs.exit != '0'");
  });

  test('deploy: IT then Security, separate environments and roles, no cancellation mid-deploy', () => {
    const wf = parsed('deploy');
    expect(wf.concurrency).toEqual({ group: 'deploy-main', 'cancel-in-progress': false });
    expect(wf.permissions['id-token']).toBe('write');
    expect(wf.jobs.it.environment).toBe('it');
    expect(wf.jobs.security.environment).toBe('security');
    expect(wf.jobs.security.needs).toBe('it');
    const role = (job: string) =>
      wf.jobs[job].steps.find((s: { uses?: string }) =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials'),
      ).with['role-to-assume'];
    expect(role('it')).toBe('${{ vars.AWS_IT_DEPLOY_ROLE_ARN }}');
    expect(role('security')).toBe('${{ vars.AWS_SECURITY_DEPLOY_ROLE_ARN }}');
    expect(read('deploy')).not.toMatch(/AWS_ACCESS_KEY_ID|aws-secret-access-key/);
  });

  test('drift: nightly, opens an issue and redeploys when anything drifted', () => {
    const wf = parsed('drift');
    expect(wf.on.schedule).toEqual([{ cron: '17 3 * * *' }]);
    expect(read('drift')).toContain('--expect-no-changes');
    expect(read('drift')).toContain('detect-stack-drift');
    expect(read('drift')).toContain('gh issue create');
  });
});
