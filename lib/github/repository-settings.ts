// The GitHub settings the review depends on, as data: the branch ruleset for main (the body
// of GitHub's "create a repository ruleset" API) and the deploy environments. Without them
// the plan's approvals are advice: the ruleset makes code-owner review, fresh approvals and
// the approvals check mandatory for everyone (no bypass, admins included).
import type { OrgModel } from '../model/org-model';
import { sideTeam } from '../review/codeowners';

/** The GitHub Actions app: only its check runs can satisfy the required checks. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** The jobs of .github/workflows/pr.yml that must pass before a merge (their check names). */
export const REQUIRED_CHECKS = ['test', 'plan', 'approvals'] as const;

export const PROTECTED_BRANCH = 'main';

export interface Ruleset {
  readonly name: string;
  readonly target: 'branch';
  readonly enforcement: 'active';
  readonly bypass_actors: readonly never[];
  readonly conditions: { readonly ref_name: { readonly include: string[]; readonly exclude: string[] } };
  readonly rules: readonly { readonly type: string; readonly parameters?: Record<string, unknown> }[];
}

export function mainRuleset(): Ruleset {
  return {
    name: `${PROTECTED_BRANCH}: reviewed changes only`,
    target: 'branch',
    enforcement: 'active',
    // Nobody bypasses, repository admins and organization owners included.
    bypass_actors: [],
    conditions: { ref_name: { include: [`refs/heads/${PROTECTED_BRANCH}`], exclude: [] } },
    rules: [
      { type: 'deletion' },
      { type: 'non_fast_forward' },
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: true,
          // Whoever pushed last cannot be the one who approves: no approve-then-push.
          require_last_push_approval: true,
          required_review_thread_resolution: false,
        },
      },
      {
        type: 'required_status_checks',
        parameters: {
          // The plan compares with the base: it must be the current main.
          strict_required_status_checks_policy: true,
          do_not_enforce_on_create: false,
          required_status_checks: REQUIRED_CHECKS.map((context) => ({
            context,
            integration_id: GITHUB_ACTIONS_APP_ID,
          })),
        },
      },
    ],
  };
}

/**
 * The workflow files, on every branch: only Security pushes them. A required check is matched
 * by its name and app (GitHub Actions), not by the workflow that ran it, so a job called
 * `approvals` in any workflow of this repository would satisfy the ruleset above: a branch
 * holding such a workflow, used as the base of a throwaway pull request whose head is the real
 * change, runs it on that head commit. Code-owner review cannot stop it (the head changes no
 * workflow), so the push of workflow files is what must be Security's.
 */
export const WORKFLOW_PATHS = ['.github/workflows/**', '.github/actions/**'] as const;

export interface PushRuleset {
  readonly name: string;
  readonly target: 'push';
  readonly enforcement: 'active';
  readonly rules: readonly { readonly type: string; readonly parameters?: Record<string, unknown> }[];
}

/** The push ruleset for the workflow files; its one bypass actor, Security's team, is added when applied. */
export function workflowsRuleset(): PushRuleset {
  return {
    name: "workflows: Security's only",
    target: 'push',
    enforcement: 'active',
    rules: [{ type: 'file_path_restriction', parameters: { restricted_file_paths: [...WORKFLOW_PATHS] } }],
  };
}

export interface DeployEnvironment {
  readonly name: string;
  readonly side: 'it' | 'security';
  /** The team (`org/slug`) that approves each deployment. */
  readonly reviewers: readonly string[];
  readonly branches: readonly string[];
}

export interface RepositorySettings {
  readonly repository: string;
  readonly ruleset: Ruleset;
  readonly workflows: PushRuleset;
  /** The team (`org/slug`) that alone may push workflow files. */
  readonly workflowOwners: string;
  readonly environments: readonly DeployEnvironment[];
}

/** The repository is `github.repository` in org.yaml, else `<first team's org>/org-blueprint` (as the deploy roles' trust in stacks/app.ts). */
export function repositorySettings(model: OrgModel): RepositorySettings {
  const githubOrg = model.teams[0]?.github.split('/')[0] ?? 'unknown';
  const names = model.github?.environments ?? { it: 'it', security: 'security' };
  return {
    repository: model.github?.repository ?? `${githubOrg}/org-blueprint`,
    ruleset: mainRuleset(),
    workflows: workflowsRuleset(),
    workflowOwners: sideTeam(model, 'security').github,
    environments: (['it', 'security'] as const).map((side) => ({
      name: names[side],
      side,
      reviewers: [sideTeam(model, side).github],
      branches: [PROTECTED_BRANCH],
    })),
  };
}

/** What each deploy environment holds (deploy.yml reads them only in that environment's job). */
export const DEPLOY_SECRETS = ['PULUMI_ACCESS_TOKEN', 'OKTA_API_PRIVATE_KEY'] as const;
/** Repository secrets that grant reads only (pr.yml, drift.yml). */
export const READ_ONLY_SECRETS = [
  'APPROVALS_TOKEN',
  'PULUMI_PREVIEW_TOKEN',
  'OKTA_PREVIEW_PRIVATE_KEY',
] as const;
