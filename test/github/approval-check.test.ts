import { checkApprovals, currentApprovals, type PullRequestReview } from '../../lib/github/approval-check';

const pull = { number: 7, author: 'dana', headSha: 'h'.repeat(40) };
const review = (
  login: string | null,
  state: string,
  commit_id: string | null = pull.headSha,
): PullRequestReview => ({
  user: login === null ? null : { login },
  state,
  commit_id,
});

describe('currentApprovals: the latest verdict per reviewer, on the head commit, not the author', () => {
  test.each<[string, PullRequestReview[], string[], { login: string; why: string }[]]>([
    ['a plain approval', [review('sam', 'APPROVED')], ['sam'], []],
    [
      'approval after requested changes',
      [review('sam', 'CHANGES_REQUESTED'), review('sam', 'APPROVED')],
      ['sam'],
      [],
    ],
    [
      'requested changes after approval',
      [review('sam', 'APPROVED'), review('sam', 'CHANGES_REQUESTED')],
      [],
      [{ login: 'sam', why: 'requested changes' }],
    ],
    [
      'a comment after approval keeps it',
      [review('sam', 'APPROVED'), review('sam', 'COMMENTED')],
      ['sam'],
      [],
    ],
    [
      'a pending (unsubmitted) review is ignored',
      [review('sam', 'APPROVED'), review('sam', 'PENDING')],
      ['sam'],
      [],
    ],
    [
      'a dismissed approval',
      [review('sam', 'DISMISSED')],
      [],
      [{ login: 'sam', why: 'their review was dismissed' }],
    ],
    [
      're-approval of the head after a stale one',
      [review('sam', 'APPROVED', 'old'), review('sam', 'APPROVED')],
      ['sam'],
      [],
    ],
    [
      'a stale approval',
      [review('sam', 'APPROVED', 'a'.repeat(40))],
      [],
      [{ login: 'sam', why: `approved aaaaaaa, not the head hhhhhhh (stale)` }],
    ],
    [
      'the author, whatever the case',
      [review('DANA', 'APPROVED')],
      [],
      [{ login: 'DANA', why: "the PR's author cannot approve it" }],
    ],
    ['a deleted user', [review(null, 'APPROVED')], [], []],
    [
      'one login in two cases is one reviewer',
      [review('Sam', 'APPROVED'), review('sam', 'DISMISSED')],
      [],
      [{ login: 'sam', why: 'their review was dismissed' }],
    ],
  ])('%s', (_, reviews, approvers, notCounted) => {
    expect(currentApprovals(pull, reviews)).toEqual({ approvers, notCounted });
  });
});

describe('checkApprovals: every required team needs one approving active member', () => {
  const required = [
    { team: 'it', github: 'acme/it', reasons: ['r1'] },
    { team: 'security', github: 'acme/security', reasons: ['r2'] },
  ];
  const current = { approvers: ['sam', 'mei'], notCounted: [] };

  test('one person in both teams satisfies both', () => {
    const members = new Map([
      ['acme/it', new Set(['mei'])],
      ['acme/security', new Set(['MEI'])],
    ]);
    const result = checkApprovals(pull, required, current, members);
    expect(result.satisfied).toBe(true);
    expect(result.teams.map((t) => [t.team, t.approvedBy, t.nonMembers])).toEqual([
      ['it', ['mei'], ['sam']],
      ['security', ['mei'], ['sam']],
    ]);
  });

  test('a team with no member among the approvers is missing', () => {
    const members = new Map([['acme/it', new Set(['sam'])]]);
    const result = checkApprovals(pull, required, current, members);
    expect(result.satisfied).toBe(false);
    expect(result.teams[1]).toEqual({ ...required[1], approvedBy: [], nonMembers: ['mei', 'sam'] });
  });
});
