// `blueprint github-settings`: the ruleset JSON is exactly the body GitHub's "create a
// repository ruleset" API takes, and the text names the environments and secrets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { main } from '../../lib/cli/main';
import { REQUIRED_CHECKS } from '../../lib/github/repository-settings';
import { captureIo } from '../support/config-case';
import { scenarioRepo } from '../support/git-scenario';

const ROOT = resolve(__dirname, '..', '..');

async function settings(cwd: string, format: 'json' | 'text') {
  const io = captureIo(cwd);
  expect(await main(['github-settings', '--format', format], io)).toBe(0);
  return io.stdout();
}

describe('blueprint github-settings', () => {
  test('--format json is the ruleset for main: code-owner review, fresh approvals, required checks, no bypass', async () => {
    expect(JSON.parse(await settings(ROOT, 'json'))).toEqual({
      name: 'main: reviewed changes only',
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['refs/heads/main'], exclude: [] } },
      rules: [
        { type: 'deletion' },
        { type: 'non_fast_forward' },
        {
          type: 'pull_request',
          parameters: {
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: true,
            require_last_push_approval: true,
            required_review_thread_resolution: false,
          },
        },
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: true,
            do_not_enforce_on_create: false,
            required_status_checks: [
              { context: 'test', integration_id: 15368 },
              { context: 'plan', integration_id: 15368 },
              { context: 'approvals', integration_id: 15368 },
            ],
          },
        },
      ],
    });
  });

  test('the required checks are the names of pr.yml jobs', () => {
    // biome-ignore lint/suspicious/noExplicitAny: workflow files are free-form YAML
    const pr = load(readFileSync(resolve(ROOT, '.github', 'workflows', 'pr.yml'), 'utf8')) as any;
    const names = Object.entries(pr.jobs).map(([id, job]) => (job as { name?: string }).name ?? id);
    expect(names).toEqual(expect.arrayContaining([...REQUIRED_CHECKS]));
  });

  // Required checks are matched by name and app, not by workflow: a branch holding a workflow
  // with a job named `approvals` (exit 0), used as the base of a throwaway pull request whose
  // head is the real change, would pass the check on that head commit. No code owner is asked
  // (the real pull request changes no workflow), so only Security may push workflow files.
  test("workflow files are Security's on every branch: a push ruleset, Security's team the only bypass", async () => {
    const text = await settings(ROOT, 'text');
    const body = /gh api repos\/acme\/org-blueprint\/rulesets --input - <<JSON\n(.*)\nJSON\n/.exec(text)?.[1];
    expect(body).toBeDefined();
    expect(
      JSON.parse(body!.replace('$(gh api orgs/acme/teams/security --jq .id)', '"<security team id>"')),
    ).toEqual({
      name: "workflows: Security's only",
      target: 'push',
      enforcement: 'active',
      bypass_actors: [{ actor_type: 'Team', actor_id: '<security team id>', bypass_mode: 'always' }],
      rules: [
        {
          type: 'file_path_restriction',
          parameters: { restricted_file_paths: ['.github/workflows/**', '.github/actions/**'] },
        },
      ],
    });
  });

  test('text: how to apply the ruleset, the environments (team reviewers, main only) and where secrets go', async () => {
    expect(await settings(ROOT, 'text')).toBe(EXPECTED_TEXT);
  });

  test('uses the repository and environment names of org.yaml', async () => {
    const s = scenarioRepo();
    s.edit('org.yaml', 'repository: acme/org-blueprint', 'repository: acme/infra');
    s.edit('org.yaml', '{ it: it, security: security }', '{ it: it-prod, security: security-prod }');
    const text = await settings(s.cwd, 'text');
    expect(text).toContain('gh api repos/acme/infra/rulesets --input -\n');
    expect(text).toContain('gh api -X PUT repos/acme/infra/environments/security-prod --input - <<JSON\n');
    expect(text).toContain('gh secret set PULUMI_ACCESS_TOKEN --repo acme/infra --env it-prod\n');
  });

  test('an invalid config prints its errors and exits 1', async () => {
    const s = scenarioRepo();
    s.edit('org.yaml', 'github: acme/security', 'github: [not, a, team]');
    const io = captureIo(s.cwd);
    expect(await main(['github-settings'], io)).toBe(1);
    expect(io.stdout()).toContain('config/org.yaml:');
  });
});

const EXPECTED_TEXT = `# GitHub settings for acme/org-blueprint: the review is only a wall when these are on.
# 1. Branch ruleset for main: code-owner review, stale approvals dismissed, last pusher
#    cannot approve, required checks test, plan, approvals (GitHub Actions only, branch up to date),
#    no force-push, no deletion, no bypass for anyone.
npx blueprint github-settings --format json | gh api repos/acme/org-blueprint/rulesets --input -

# 2. Push ruleset for .github/workflows/** and .github/actions/** on every branch: only acme/security
#    pushes them. Required checks are matched by job name, so any workflow with a job named
#    like one of them, on any branch, could pass it for a pull request it never saw.
gh api repos/acme/org-blueprint/rulesets --input - <<JSON
{"name":"workflows: Security's only","target":"push","enforcement":"active","rules":[{"type":"file_path_restriction","parameters":{"restricted_file_paths":[".github/workflows/**",".github/actions/**"]}}],"bypass_actors":[{"actor_type":"Team","actor_id":$(gh api orgs/acme/teams/security --jq .id),"bypass_mode":"always"}]}
JSON

# 3. Deploy environments: each side's deploy secrets live only in its own environment,
#    deployable only from main, each deployment approved by the side's team.
gh api -X PUT repos/acme/org-blueprint/environments/it --input - <<JSON
{"prevent_self_review": true, "reviewers": [{"type": "Team", "id": $(gh api orgs/acme/teams/it --jq .id)}], "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}
JSON
gh api -X POST repos/acme/org-blueprint/environments/it/deployment-branch-policies -f name=main -f type=branch
gh api -X PUT repos/acme/org-blueprint/environments/security --input - <<JSON
{"prevent_self_review": true, "reviewers": [{"type": "Team", "id": $(gh api orgs/acme/teams/security --jq .id)}], "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}
JSON
gh api -X POST repos/acme/org-blueprint/environments/security/deployment-branch-policies -f name=main -f type=branch

# 4. Secrets. Deploy credentials are environment secrets, never repository or organization
#    secrets (a pull request can change a workflow and read every repository secret):
gh secret set PULUMI_ACCESS_TOKEN --repo acme/org-blueprint --env it
gh secret set OKTA_API_PRIVATE_KEY --repo acme/org-blueprint --env it
gh secret set PULUMI_ACCESS_TOKEN --repo acme/org-blueprint --env security
gh secret set OKTA_API_PRIVATE_KEY --repo acme/org-blueprint --env security
#    Read-only, repository-wide: the approvals check (Pull requests: read, organization Members: read)
#    and the previews (a read-only Pulumi token and Okta service app):
gh secret set APPROVALS_TOKEN --repo acme/org-blueprint
gh secret set PULUMI_PREVIEW_TOKEN --repo acme/org-blueprint
gh secret set OKTA_PREVIEW_PRIVATE_KEY --repo acme/org-blueprint
`;
