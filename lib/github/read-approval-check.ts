// Gathers what the approvals check needs from the GitHub REST API: the pull request (author,
// head commit), all its reviews, and for each team the plan requires, which approvers are
// active members. Then hands the facts to the pure check.
import {
  type ApprovalCheck,
  checkApprovals,
  currentApprovals,
  type PullRequestReview,
  type RequiredApproval,
} from './approval-check';
import { GitHubApiError, type GitHubClient } from './github-client';

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

interface PullRequest {
  readonly number: number;
  readonly user: { readonly login: string } | null;
  readonly head: { readonly sha: string };
}

interface TeamMembership {
  readonly state: string;
}

const seg = encodeURIComponent;

export async function readApprovalCheck(
  client: GitHubClient,
  ref: PullRequestRef,
  required: readonly RequiredApproval[],
  planHead?: string,
): Promise<ApprovalCheck> {
  const pullPath = `/repos/${seg(ref.owner)}/${seg(ref.repo)}/pulls/${ref.number}`;
  const pr = await client.get<PullRequest>(pullPath);
  if (!pr.head?.sha || !pr.user?.login)
    throw new GitHubApiError(`GitHub API GET ${pullPath}: the answer has no head.sha or user.login`);
  const pull = { number: pr.number, author: pr.user.login, headSha: pr.head.sha };
  const current = currentApprovals(pull, await client.list<PullRequestReview>(`${pullPath}/reviews`));

  const activeMembers = new Map<string, Set<string>>();
  for (const { github } of required) {
    if (activeMembers.has(github)) continue;
    const [org, slug] = github.split('/') as [string, string];
    const teamPath = `/orgs/${seg(org)}/teams/${seg(slug)}`;
    // Absence of a membership is a 404, and so is a team the token cannot see: tell them apart.
    if ((await client.find(teamPath)) === undefined)
      throw new GitHubApiError(
        `GitHub team @${github} not found: check teams[].github in config/org.yaml, and that the token can read the organization's teams ("Members: read")`,
      );
    const members = new Set<string>();
    for (const login of current.approvers) {
      const membership = await client.find<TeamMembership>(`${teamPath}/memberships/${seg(login)}`);
      if (membership?.state === 'active') members.add(login);
    }
    activeMembers.set(github, members);
  }
  return checkApprovals(pull, required, current, activeMembers, planHead);
}
