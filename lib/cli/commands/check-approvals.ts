// `blueprint check-approvals --plan plan/plan.json --repo OWNER/NAME --pr N [--head SHA]`: the required
// status check that fails until every approval the plan demands is given, on the PR's head
// commit, by an active member of the team (GitHub REST API; GITHUB_TOKEN, GITHUB_API_URL).
// Exit 0 satisfied, 1 approvals missing, 2 usage, plan-file or GitHub API errors.
import { resolve } from 'node:path';
import { renderApprovalCheck } from '../../github/approval-check';
import { GitHubApiError, gitHubClient } from '../../github/github-client';
import { PlanFileError, readPlanApprovals } from '../../github/plan-approvals';
import { readApprovalCheck } from '../../github/read-approval-check';
import { EXIT, type Io, UsageError } from '../io';

export interface CheckApprovalsOptions {
  readonly plan: string;
  readonly repo: string;
  readonly pr: string;
  /** The head commit the plan was made for; the check fails when the PR has moved on. */
  readonly head?: string;
}

export async function runCheckApprovals(options: CheckApprovalsOptions, io: Io): Promise<number> {
  const repo = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(options.repo);
  if (!repo) throw new UsageError(`--repo must be OWNER/NAME, got "${options.repo}"`);
  if (!/^[1-9][0-9]*$/.test(options.pr))
    throw new UsageError(`--pr must be a pull request number, got "${options.pr}"`);
  if (options.head !== undefined && !/^[0-9a-f]{40}$/.test(options.head))
    throw new UsageError(`--head must be a full commit sha (40 hex digits), got "${options.head}"`);
  const token = io.env.GITHUB_TOKEN;
  if (!token)
    throw new UsageError(
      "GITHUB_TOKEN is not set: give a token that can read the pull request and the organization's team members",
    );
  try {
    const required = readPlanApprovals(resolve(io.cwd, options.plan), options.plan);
    const apiUrl = io.env.GITHUB_API_URL;
    const client = gitHubClient({ token, ...(apiUrl ? { apiUrl } : {}) });
    const check = await readApprovalCheck(
      client,
      { owner: repo[1]!, repo: repo[2]!, number: Number(options.pr) },
      required,
      options.head,
    );
    io.out(renderApprovalCheck(check));
    return check.satisfied ? EXIT.ok : EXIT.invalid;
  } catch (error) {
    if (error instanceof GitHubApiError || error instanceof PlanFileError) {
      io.err(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
