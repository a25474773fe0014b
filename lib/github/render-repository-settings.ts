// The GitHub settings as output: the ruleset JSON exactly as GitHub's "create a repository
// ruleset" API takes it, and a text of `gh api` commands that apply the ruleset, the
// environments and the secrets' places, ready to run.
import {
  DEPLOY_SECRETS,
  PROTECTED_BRANCH,
  READ_ONLY_SECRETS,
  REQUIRED_CHECKS,
  type RepositorySettings,
  WORKFLOW_PATHS,
} from './repository-settings';

/** A team's numeric id, looked up by `gh` when the command runs. */
function teamId(team: string): string {
  const [org, slug] = team.split('/');
  return `$(gh api orgs/${org}/teams/${slug} --jq .id)`;
}

export const renderRulesetJson = (settings: RepositorySettings): string =>
  `${JSON.stringify(settings.ruleset, null, 2)}\n`;

/** What to apply and how, with `gh api` commands that can be run as they are. */
export function renderRepositorySettingsText(settings: RepositorySettings): string {
  const repo = settings.repository;
  const lines = [
    `# GitHub settings for ${repo}: the review is only a wall when these are on.`,
    `# 1. Branch ruleset for ${PROTECTED_BRANCH}: code-owner review, stale approvals dismissed, last pusher`,
    `#    cannot approve, required checks ${REQUIRED_CHECKS.join(', ')} (GitHub Actions only, branch up to date),`,
    '#    no force-push, no deletion, no bypass for anyone.',
    `npx blueprint github-settings --format json | gh api repos/${repo}/rulesets --input -`,
    '',
    `# 2. Push ruleset for ${WORKFLOW_PATHS.join(' and ')} on every branch: only ${settings.workflowOwners}`,
    '#    pushes them. Required checks are matched by job name, so any workflow with a job named',
    '#    like one of them, on any branch, could pass it for a pull request it never saw.',
    `gh api repos/${repo}/rulesets --input - <<JSON`,
    JSON.stringify({
      ...settings.workflows,
      bypass_actors: [{ actor_type: 'Team', actor_id: 0, bypass_mode: 'always' }],
    }).replace('"actor_id":0', `"actor_id":${teamId(settings.workflowOwners)}`),
    'JSON',
    '',
    "# 3. Deploy environments: each side's deploy secrets live only in its own environment,",
    `#    deployable only from ${PROTECTED_BRANCH}, each deployment approved by the side's team.`,
  ];
  for (const env of settings.environments) {
    const reviewers = env.reviewers.map((team) => `{"type": "Team", "id": ${teamId(team)}}`).join(', ');
    lines.push(
      `gh api -X PUT repos/${repo}/environments/${env.name} --input - <<JSON`,
      `{"prevent_self_review": true, "reviewers": [${reviewers}], "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}`,
      'JSON',
      ...env.branches.map(
        (branch) =>
          `gh api -X POST repos/${repo}/environments/${env.name}/deployment-branch-policies -f name=${branch} -f type=branch`,
      ),
    );
  }
  lines.push(
    '',
    '# 4. Secrets. Deploy credentials are environment secrets, never repository or organization',
    '#    secrets (a pull request can change a workflow and read every repository secret):',
    ...settings.environments.flatMap((env) =>
      DEPLOY_SECRETS.map((secret) => `gh secret set ${secret} --repo ${repo} --env ${env.name}`),
    ),
    '#    Read-only, repository-wide: the approvals check (Pull requests: read, organization Members: read)',
    '#    and the previews (a read-only Pulumi token and Okta service app):',
    ...READ_ONLY_SECRETS.map((secret) => `gh secret set ${secret} --repo ${repo}`),
  );
  return `${lines.join('\n')}\n`;
}
