// `blueprint check-approvals` against a local double of the GitHub REST API: the plan's
// required teams, the PR's reviews (paginated), team memberships, and every failure mode.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { type FakeGitHub, type FakeReview, startFakeGitHub } from '../github/fake-github';
import { captureIo } from '../support/config-case';

const HEAD = 'c0ffee1'.padEnd(40, '0');
const OLD = 'bada551'.padEnd(40, '0');
const SECURITY = {
  team: 'security',
  github: 'acme/security',
  reasons: ['privileged access changes for 1 person'],
};
const IT = { team: 'it', github: 'acme/it', reasons: ['files config/it/people.yaml'] };

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(() => github.close());

function repoWith(approvals: unknown[], reviews: FakeReview[], author = 'dana') {
  github.state.pulls.set('acme/org-blueprint#42', { author, head: HEAD, reviews });
  github.state.teams.set(
    'acme/security',
    new Map([
      ['mei', 'active'],
      ['omar', 'pending'],
    ]),
  );
  github.state.teams.set(
    'acme/it',
    new Map([
      ['dana', 'active'],
      ['sam', 'active'],
      ['Lee', 'active'],
    ]),
  );
  github.state.maxPageSize = 100;
  github.state.failures.clear();
  github.state.requests.length = 0;
  delete github.state.nextUrlOverride;
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-approvals-'));
  writeFileSync(join(cwd, 'plan.json'), JSON.stringify({ version: 1, org: 'Acme', approvals }));
  return cwd;
}

async function check(cwd: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const io = captureIo(cwd, { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url, ...env });
  const code = await main(
    ['check-approvals', '--plan', 'plan.json', '--repo', 'acme/org-blueprint', '--pr', '42', ...args],
    io,
  );
  return { code, out: io.stdout(), err: io.stderr() };
}

const approve = (login: string, commit = HEAD): FakeReview => ({ login, state: 'APPROVED', commit });

describe('blueprint check-approvals', () => {
  test('passes when every required team has an approval of the head by a member', async () => {
    const cwd = repoWith([IT, SECURITY], [approve('sam'), approve('mei')]);
    expect(await check(cwd)).toEqual({
      code: 0,
      out: [
        'PR #42 at c0ffee1 by dana: approvals the plan requires',
        '✓ it (@acme/it): approved by sam',
        '✓ security (@acme/security): approved by mei',
        '✓ every approval the plan requires is given',
        '',
      ].join('\n'),
      err: '',
    });
  });

  test('fails while a team is missing, naming why and who approved without being a member', async () => {
    const cwd = repoWith([IT, SECURITY], [approve('sam')]);
    expect(await check(cwd)).toEqual({
      code: 1,
      out: [
        'PR #42 at c0ffee1 by dana: approvals the plan requires',
        '✓ it (@acme/it): approved by sam',
        '✗ security (@acme/security): missing; needs an approval of c0ffee1 by a member of @acme/security',
        '    why: privileged access changes for 1 person',
        '    approved by non-members of @acme/security: sam',
        '✗ 1 of 2 required approvals missing',
        '',
      ].join('\n'),
      err: '',
    });
  });

  test('an approval of an earlier commit is stale and does not count', async () => {
    const { code, out } = await check(repoWith([SECURITY], [approve('mei', OLD)]));
    expect(code).toBe(1);
    expect(out).toContain('  not counted: mei: approved bada551, not the head c0ffee1 (stale)\n');
  });

  test("the PR author's own approval never counts, even as a team member", async () => {
    const { code, out } = await check(repoWith([IT], [approve('dana')]));
    expect(code).toBe(1);
    expect(out).toContain("  not counted: dana: the PR's author cannot approve it\n");
    expect(out).toContain('✗ it (@acme/it): missing');
  });

  test('a later changes-requested or dismissed review cancels an approval; a comment does not', async () => {
    const cwd = repoWith(
      [IT],
      [
        approve('sam'),
        { login: 'sam', state: 'CHANGES_REQUESTED', commit: HEAD },
        approve('lee'),
        { login: 'lee', state: 'DISMISSED', commit: HEAD },
        approve('mei'),
        { login: 'mei', state: 'COMMENTED', commit: HEAD },
        { login: null, state: 'APPROVED', commit: HEAD },
      ],
    );
    const { code, out } = await check(cwd);
    expect(code).toBe(1);
    expect(out.split('\n').filter((l) => l.startsWith('  not counted'))).toEqual([
      '  not counted: lee: their review was dismissed',
      '  not counted: sam: requested changes',
    ]);
    expect(out).toContain('    approved by non-members of @acme/it: mei\n');
  });

  test('a pending team membership is not membership; logins match case-insensitively', async () => {
    const cwd = repoWith([IT, SECURITY], [approve('omar'), approve('LEE')]);
    const { code, out } = await check(cwd);
    expect(code).toBe(1);
    expect(out).toContain('✓ it (@acme/it): approved by LEE\n');
    expect(out).toContain('    approved by non-members of @acme/security: LEE, omar\n');
  });

  test('reads every page of reviews through the Link header', async () => {
    const noise = Array.from({ length: 249 }, (_, i) => ({
      login: `reviewer-${i}`,
      state: 'COMMENTED' as const,
      commit: HEAD,
    }));
    const cwd = repoWith([SECURITY], [...noise, approve('mei')]);
    github.state.maxPageSize = 100;
    const { code } = await check(cwd);
    expect(code).toBe(0);
    expect(github.state.requests.filter((r) => r.includes('/reviews'))).toEqual([
      '/repos/acme/org-blueprint/pulls/42/reviews?per_page=100',
      '/repos/acme/org-blueprint/pulls/42/reviews?per_page=100&page=2',
      '/repos/acme/org-blueprint/pulls/42/reviews?per_page=100&page=3',
    ]);
    // Only current approvers' memberships are looked up.
    expect(github.state.requests.filter((r) => r.includes('/memberships/'))).toEqual([
      '/orgs/acme/teams/security/memberships/mei',
    ]);
  });

  test('a plan made for an earlier head decides nothing: the run for the new head does', async () => {
    const cwd = repoWith([IT], [approve('sam')]);
    expect((await check(cwd, {}, ['--head', HEAD])).code).toBe(0);
    const { code, out } = await check(cwd, {}, ['--head', OLD]);
    expect(code).toBe(1);
    expect(out.split('\n').at(-2)).toBe(
      "✗ this plan is for bada551, but the PR's head is now c0ffee1: the check of the new head decides",
    );
  });

  test('a plan that requires no approvals passes', async () => {
    const { code, out } = await check(repoWith([], []));
    expect(code).toBe(0);
    expect(out).toContain('✓ the plan requires no team approvals\n');
  });

  test.each([
    [
      'a bad token (401)',
      { GITHUB_TOKEN: 'wrong' },
      'error: GitHub API GET /repos/acme/org-blueprint/pulls/42: 401 Bad credentials; GITHUB_TOKEN is missing, expired or revoked\n',
    ],
    [
      'no token',
      { GITHUB_TOKEN: '' },
      "error: GITHUB_TOKEN is not set: give a token that can read the pull request and the organization's team members\n",
    ],
  ])('%s is a one-line error, exit 2', async (_, env, err) => {
    expect(await check(repoWith([IT], []), env)).toEqual({ code: 2, out: '', err });
  });

  test('a missing pull request (404) is explained', async () => {
    const cwd = repoWith([IT], []);
    github.state.pulls.clear();
    expect((await check(cwd)).err).toBe(
      'error: GitHub API GET /repos/acme/org-blueprint/pulls/42: 404 Not Found; it does not exist, or the token cannot see it (GitHub answers 404 for private resources a token has no access to)\n',
    );
  });

  test('a forbidden read (403) names the permissions the token needs; a used-up rate limit says until when', async () => {
    const cwd = repoWith([IT], [approve('sam')]);
    github.state.failures.set('/repos/acme/org-blueprint/pulls/42/reviews', {
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect(await check(cwd)).toEqual({
      code: 2,
      out: '',
      err: 'error: GitHub API GET /repos/acme/org-blueprint/pulls/42/reviews?per_page=100: 403 Resource not accessible by integration; the token lacks a permission: it needs "Pull requests: read" on the repository and "Members: read" on the organization\n',
    });
    github.state.failures.set('/repos/acme/org-blueprint/pulls/42/reviews', {
      status: 403,
      message: 'API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796000000' },
    });
    expect((await check(cwd)).err).toBe(
      'error: GitHub API GET /repos/acme/org-blueprint/pulls/42/reviews?per_page=100: 403 API rate limit exceeded; the rate limit is used up until 2026-11-30T00:53:20.000Z\n',
    );
  });

  test('a required team GitHub does not know (or the token cannot see) is an error, not "no members"', async () => {
    const cwd = repoWith([{ ...IT, github: 'acme/it-ops' }], [approve('sam')]);
    expect(await check(cwd)).toEqual({
      code: 2,
      out: '',
      err: 'error: GitHub team @acme/it-ops not found: check teams[].github in config/org.yaml, and that the token can read the organization\'s teams ("Members: read")\n',
    });
  });

  test('an unreachable API is a one-line error', async () => {
    const cwd = repoWith([IT], []);
    const closed = await startFakeGitHub();
    await closed.close();
    const { code, err } = await check(cwd, { GITHUB_API_URL: closed.url });
    expect(code).toBe(2);
    expect(err).toBe(`error: cannot reach the GitHub API at ${closed.url}: ECONNREFUSED\n`);
  });

  test('the token is never sent to another host named in a Link header', async () => {
    const noise = Array.from({ length: 150 }, (_, i) => ({
      login: `r${i}`,
      state: 'COMMENTED' as const,
      commit: HEAD,
    }));
    const cwd = repoWith([IT], noise);
    github.state.nextUrlOverride = 'https://evil.example/reviews?page=2';
    expect((await check(cwd)).err).toBe(
      'error: GitHub API GET /repos/acme/org-blueprint/pulls/42/reviews: the next page is on another host (https://evil.example/reviews?page=2)\n',
    );
  });

  test.each([
    [['--repo', 'acme'], 'error: --repo must be OWNER/NAME, got "acme"\n'],
    [['--pr', '4x'], 'error: --pr must be a pull request number, got "4x"\n'],
    [['--head', 'c0ffee1'], 'error: --head must be a full commit sha (40 hex digits), got "c0ffee1"\n'],
    [
      ['--plan', 'missing.json'],
      'error: cannot read the plan missing.json (ENOENT); write it with `blueprint plan --base <ref> --out <dir>`\n',
    ],
  ])('usage error %j', async (args, err) => {
    expect(await check(repoWith([IT], []), {}, args)).toEqual({ code: 2, out: '', err });
  });

  test.each([
    ['not json', '{', 'error: the plan plan.json is not JSON: '],
    [
      "another tool's file",
      JSON.stringify({ version: 2, approvals: [] }),
      'error: the plan plan.json is not a blueprint plan (version 1): version: ',
    ],
    [
      'a team without a GitHub team',
      JSON.stringify({ version: 1, approvals: [{ team: 'it', github: 'it', reasons: [] }] }),
      'error: the plan plan.json is not a blueprint plan (version 1): approvals.0.github: expected a GitHub team as org/team-slug\n',
    ],
  ])('a plan file that is %s is refused', async (_, text, err) => {
    const cwd = repoWith([IT], []);
    writeFileSync(join(cwd, 'plan.json'), text);
    const result = await check(cwd);
    expect(result.code).toBe(2);
    expect(result.err.startsWith(err)).toBe(true);
    expect(result.err.split('\n')).toHaveLength(2);
  });
});
