// The approvals check, as a pure function of what GitHub says: which of a pull request's
// reviews count as approvals now, and whether each team the plan requires has approved.
// A review counts only when it is its author's latest verdict, is APPROVED, was given on the
// PR's current head commit (an approval of an earlier push is stale) and is not the PR
// author's own; a team is satisfied by an approval from an active member of that team.

/** A review as GET /repos/{owner}/{repo}/pulls/{n}/reviews lists it (chronological). */
export interface PullRequestReview {
  readonly user: { readonly login: string } | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  readonly state: string;
  readonly commit_id: string | null;
}

export interface PullRequestFacts {
  readonly number: number;
  readonly author: string;
  readonly headSha: string;
}

/** One approval the plan demands (plan.json `approvals[]`). */
export interface RequiredApproval {
  readonly team: string;
  /** The GitHub team, `org/team-slug`. */
  readonly github: string;
  readonly reasons: readonly string[];
}

export interface NotCounted {
  readonly login: string;
  readonly why: string;
}

export interface CurrentApprovals {
  /** Logins whose latest verdict is an approval of the head commit. */
  readonly approvers: readonly string[];
  readonly notCounted: readonly NotCounted[];
}

const short = (sha: string | null) => (sha ?? 'unknown').slice(0, 7);
const key = (login: string) => login.toLowerCase(); // GitHub logins are case-insensitive

/** Which reviewers approve the PR as it is now, and why the others do not count. */
export function currentApprovals(
  pull: PullRequestFacts,
  reviews: readonly PullRequestReview[],
): CurrentApprovals {
  // A comment neither gives nor withdraws a verdict; a pending review is not submitted yet.
  const latest = new Map<string, PullRequestReview & { user: { login: string } }>();
  for (const review of reviews) {
    if (!review.user || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(key(review.user.login), review as PullRequestReview & { user: { login: string } });
  }
  const approvers: string[] = [];
  const notCounted: NotCounted[] = [];
  for (const review of latest.values()) {
    const login = review.user.login;
    if (review.state !== 'APPROVED')
      notCounted.push({
        login,
        why:
          review.state === 'DISMISSED'
            ? 'their review was dismissed'
            : review.state === 'CHANGES_REQUESTED'
              ? 'requested changes'
              : `their latest review is ${review.state}`,
      });
    else if (key(login) === key(pull.author))
      notCounted.push({ login, why: "the PR's author cannot approve it" });
    else if (review.commit_id !== pull.headSha)
      notCounted.push({
        login,
        why: `approved ${short(review.commit_id)}, not the head ${short(pull.headSha)} (stale)`,
      });
    else approvers.push(login);
  }
  return { approvers, notCounted };
}

export interface TeamVerdict extends RequiredApproval {
  /** Current approvers who are active members of the team, sorted. */
  readonly approvedBy: readonly string[];
  /** Current approvers who are not active members of the team, sorted. */
  readonly nonMembers: readonly string[];
}

export interface ApprovalCheck {
  readonly pull: PullRequestFacts;
  /** The commit the plan was made for, when it is not the PR's head any more. */
  readonly staleHead?: string;
  readonly teams: readonly TeamVerdict[];
  readonly notCounted: readonly NotCounted[];
  readonly satisfied: boolean;
}

/**
 * @param activeMembers for each required team (`org/slug`), which of the current approvers
 *   are active members of it (GET /orgs/{org}/teams/{slug}/memberships/{login}: state active).
 */
export function checkApprovals(
  pull: PullRequestFacts,
  required: readonly RequiredApproval[],
  current: CurrentApprovals,
  activeMembers: ReadonlyMap<string, ReadonlySet<string>>,
  /** The head commit the plan was computed for: a plan for an older head decides nothing. */
  planHead?: string,
): ApprovalCheck {
  const byName = (a: string, b: string) => a.localeCompare(b);
  const teams = required.map((approval) => {
    const members = new Set([...(activeMembers.get(approval.github) ?? [])].map(key));
    return {
      ...approval,
      approvedBy: current.approvers.filter((l) => members.has(key(l))).sort(byName),
      nonMembers: current.approvers.filter((l) => !members.has(key(l))).sort(byName),
    };
  });
  const stale = planHead !== undefined && planHead !== pull.headSha;
  return {
    pull,
    ...(stale ? { staleHead: planHead } : {}),
    teams,
    notCounted: [...current.notCounted].sort((a, b) => byName(a.login, b.login)),
    satisfied: !stale && teams.every((t) => t.approvedBy.length > 0),
  };
}

export function renderApprovalCheck(check: ApprovalCheck): string {
  const { pull } = check;
  const lines = [
    `PR #${pull.number} at ${short(pull.headSha)} by ${pull.author}: approvals the plan requires`,
  ];
  if (check.teams.length === 0) lines.push('✓ the plan requires no team approvals');
  for (const team of check.teams) {
    const who = `${team.team} (@${team.github})`;
    if (team.approvedBy.length > 0) lines.push(`✓ ${who}: approved by ${team.approvedBy.join(', ')}`);
    else {
      lines.push(
        `✗ ${who}: missing; needs an approval of ${short(pull.headSha)} by a member of @${team.github}`,
      );
      lines.push(`    why: ${team.reasons.join('; ')}`);
      if (team.nonMembers.length > 0)
        lines.push(`    approved by non-members of @${team.github}: ${team.nonMembers.join(', ')}`);
    }
  }
  for (const n of check.notCounted) lines.push(`  not counted: ${n.login}: ${n.why}`);
  const missing = check.teams.filter((t) => t.approvedBy.length === 0).length;
  if (check.staleHead !== undefined)
    lines.push(
      `✗ this plan is for ${short(check.staleHead)}, but the PR's head is now ${short(pull.headSha)}: the check of the new head decides`,
    );
  else
    lines.push(
      missing === 0
        ? `✓ every approval the plan requires is given`
        : `✗ ${missing} of ${check.teams.length} required approvals missing`,
    );
  return `${lines.join('\n')}\n`;
}
