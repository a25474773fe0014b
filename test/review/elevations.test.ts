// Elevations on the review path: the clock starts when the change lands (git), the plan says
// when it ends, and once it has ended the desired state (Okta and AWS) no longer holds it,
// so a deploy or drift run after expiry cannot restore it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import { accessReport } from '../../lib/report/access-report';
import { elevationStartsFromGit } from '../../lib/review/elevation-starts';
import { captureIo, TODAY } from '../support/config-case';
import { type Scenario, scenarioRepo } from '../support/git-scenario';

const ELEVATION = '      - { person: ingrid-berg, for: PT4H, reason: "INC-7 restore the audit bucket" }\n';
const ANCHOR =
  '      - { person: ravi-patel, until: "2027-01-31", reason: "Platform on-call lead, Q4-Q1" }\n';

/** Commits with a chosen committer time: when the change "landed on main". */
function commitAt(s: Scenario, when: string): void {
  const env = { ...process.env, GIT_COMMITTER_DATE: when, GIT_AUTHOR_DATE: when };
  execFileSync('git', ['add', '-A'], { cwd: s.cwd, env });
  execFileSync('git', ['commit', '-q', '--no-verify', '-m', 'elevate ingrid'], { cwd: s.cwd, env });
}

const declare = (s: Scenario) => s.edit('security/privileged.yaml', ANCHOR, ANCHOR + ELEVATION);
const modelAt = (s: Scenario, now: string) =>
  checkOrg(join(s.cwd, 'config'), {
    today: now.slice(0, 10),
    now,
    elevationStarts: elevationStartsFromGit(join(s.cwd, 'config')),
  });
/** Who the Okta desired state puts in aws-admins (what `pulumi up` and drift compare with). */
const oktaMembers = (model: NonNullable<ReturnType<typeof modelAt>['model']>): string[] => {
  const security = oktaDesiredState(model).find((st) => st.side === 'security')!;
  const members = security.resources.find((r) => r.name === 'group-members.aws-admins')!;
  const users = (members.inputs as { users: { $activeUsers: { $lookup: string }[] } }).users;
  return users.$activeUsers.map((u) => u.$lookup);
};

describe('elevations through review and deploy', () => {
  test('the plan of the pull request says when it ends, counted from now', async () => {
    const s = scenarioRepo();
    declare(s);
    const io = captureIo(s.cwd, { BLUEPRINT_NOW: `${TODAY}T14:00Z` });
    const code = await main(['plan', '--base', 'HEAD', '--access-only'], io);
    expect(code).toBe(0);
    expect(io.stdout()).toContain(
      '    + group aws-admins — explicit membership: INC-7 restore the audit bucket [PRIVILEGED, expires in 4 h (at 18:00 UTC)]',
    );
    expect(io.stdout()).toContain(
      'PRIVILEGED: Ingrid Berg (ingrid-berg) gains group aws-admins, expires in 4 h (at 18:00 UTC);',
    );
    expect(io.stdout()).toContain('  ingrid-berg in aws-admins expires in 4 h (at 18:00 UTC)\n');
  });

  test('once merged its clock starts at the commit that landed it, not at each deploy', () => {
    const s = scenarioRepo();
    declare(s);
    expect(elevationStartsFromGit(join(s.cwd, 'config'))).toEqual({});
    commitAt(s, '2026-11-23T14:05:00Z');
    expect(elevationStartsFromGit(join(s.cwd, 'config'))).toEqual({
      'membership/aws-admins/ingrid-berg': '2026-11-23T14:05:00Z',
    });
    const during = modelAt(s, '2026-11-23T16:00:00Z');
    expect(during.model!.elevations.map((e) => [e.key, e.window.expiresAt])).toEqual([
      ['membership/aws-admins/ingrid-berg', '2026-11-23T18:05:00Z'],
    ]);
    expect(oktaMembers(during.model!)).toEqual(['user.david-mwangi', 'user.ingrid-berg', 'user.ravi-patel']);
    const report = accessReport(during.model!);
    expect(report.sections[0].heading).toBe('Active elevations');
    expect(report.sections[0].rows.map((r) => [r.cells.person, r.cells.expires, r.cells.via])).toEqual([
      ['ingrid-berg', '2026-11-23 18:05 UTC', 'approved in the review of the pull request that declared it'],
    ]);
  });

  test('a deploy or drift run after the end does not bring it back (Okta and AWS desired state)', () => {
    const s = scenarioRepo();
    declare(s);
    commitAt(s, '2026-11-23T14:05:00Z');
    // Another change lands later: the elevation's line is untouched, so its clock is not reset.
    s.edit(
      'security/privileged.yaml',
      'Security engineering, landing zone owner',
      'Security engineering, landing zone lead',
    );
    commitAt(s, '2026-11-23T17:00:00Z');
    const after = modelAt(s, '2026-11-23T18:05:00Z');
    expect(after.ok).toBe(true);
    expect(after.model!.elevations).toEqual([]);
    expect(after.model!.access['ingrid-berg'].groups.map((g) => g.group)).not.toContain('aws-admins');
    expect(after.model!.access['ingrid-berg'].aws.filter((a) => a.via === 'aws-admins')).toEqual([]);
    expect(oktaMembers(after.model!)).toEqual(['user.david-mwangi', 'user.ravi-patel']);
    expect(after.diagnostics.filter((d) => d.code === 'expired-elevation').map((d) => d.message)).toEqual([
      'elevation of "ingrid-berg" in "aws-admins" ended at 18:05 UTC',
    ]);
  });

  test('a shallow clone is refused: it cannot say when the change landed', () => {
    const s = scenarioRepo();
    declare(s);
    commitAt(s, '2026-11-23T14:05:00Z');
    const clone = `${s.cwd}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${s.cwd}`, clone]);
    expect(() => elevationStartsFromGit(join(clone, 'config'))).toThrow(
      'security/privileged.yaml declares elevations, whose clocks start when their change landed, and this clone is shallow: fetch the whole history (actions/checkout with fetch-depth: 0)',
    );
  });
});
