// Pull-request scenarios on the example org, planned with --access-only: the access diff,
// the approvals and the exit code a reviewer relies on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import type { PlanReport } from '../../lib/review/plan-report';
import { captureIo } from '../support/config-case';
import { type Scenario, scenarioRepo } from '../support/git-scenario';

async function plan(
  s: Scenario,
  ...extra: string[]
): Promise<{ code: number; report: PlanReport; stdout: string }> {
  const io = captureIo(s.cwd);
  const code = await main(['plan', '--base', 'HEAD', '--access-only', '--format', 'json', ...extra], io);
  return { code, report: JSON.parse(io.stdout()), stdout: io.stdout() };
}
const teams = (r: PlanReport) => r.approvals.map((a) => a.team);
const person = (r: PlanReport, id: string) => r.access.people.find((p) => p.person === id)!;
const targets = (list: readonly { kind: string; target: string }[]) =>
  list.map((c) => `${c.kind}:${c.target}`);

const HIRE = `  - id: zoe-park
    name: Zoe Park
    email: zoe.park@acme.example
    department: sales
    title: Account Executive
    manager: james-carter
    type: employee
    start: "2026-11-16"
`;

describe('plan --base: access scenarios', () => {
  test("warnings the base already had are listed apart, not as the change's", async () => {
    const s = scenarioRepo();
    s.edit('it/people.yaml', '{ id: sales, name: Sales }', '{ id: sales, name: Sales and Partnerships }');
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.preexistingWarnings.map((d) => d.code)).toEqual(['expired-membership']);
  });

  test('add a hire: they gain their birthright groups and apps; IT approves', async () => {
    const s = scenarioRepo();
    s.append('it/people.yaml', HIRE);
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    const zoe = person(report, 'zoe-park');
    expect(zoe.change).toBe('added');
    expect(targets(zoe.gains)).toEqual([
      'group:employees',
      'group:everyone',
      'group:go-to-market',
      'app:bamboohr',
      'app:google-workspace',
      'app:salesforce',
      'app:slack',
      'app:status-page',
      'app:zendesk',
    ]);
    expect(zoe.gains[2].reason).toBe('rule (department Sales or Customer Success)');
    expect(zoe.loses).toEqual([]);
    expect(teams(report)).toEqual(['it']);
  });

  test('move someone between departments: rule-based groups follow, access gained and lost', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/people.yaml',
      'email: lucia.fernandez@acme.example\n    department: engineering',
      'email: lucia.fernandez@acme.example\n    department: product',
    );
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    const lucia = person(report, 'lucia-fernandez');
    expect(targets(lucia.gains)).toEqual(['group:product']);
    expect(targets(lucia.loses)).toEqual([
      'group:engineering',
      'app:aws-identity-center',
      'app:datadog',
      'app:github',
      'aws:dev/developer',
      'aws:prod/read-only',
      'aws:staging/developer',
    ]);
    expect(lucia.loses.find((c) => c.target === 'dev/developer')!.reason).toBe('via group engineering');
    expect(teams(report)).toEqual(['it']);
  });

  test('add a person to an everyday group: IT approval only (the group owner and IT)', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/groups.yaml',
      '      - { person: mei-chen }\n',
      '      - { person: mei-chen }\n      - { person: kwame-mensah }\n',
    );
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    expect(targets(person(report, 'kwame-mensah').gains)).toEqual(['group:oncall', 'app:admin-console']);
    expect(person(report, 'kwame-mensah').gains.every((c) => !c.privileged)).toBe(true);
    expect(teams(report)).toEqual(['engineering', 'it']);
    expect(report.approvals.find((a) => a.team === 'engineering')!.reasons).toEqual(['group oncall changed']);
  });

  test('add a person to a privileged group: Security must approve, privileged flagged', async () => {
    const s = scenarioRepo();
    s.edit(
      'security/privileged.yaml',
      '      - { person: ravi-patel,',
      '      - { person: mei-chen, until: "2026-12-20", reason: "INC-4211 database failover" }\n      - { person: ravi-patel,',
    );
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    const mei = person(report, 'mei-chen');
    expect(mei.gains.filter((c) => c.privileged).map((c) => `${c.kind}:${c.target}`)).toEqual([
      'group:aws-admins',
      'aws:audit/administrator',
      'aws:dev/administrator',
      'aws:log-archive/administrator',
      'aws:management/administrator',
      'aws:prod/administrator',
      'aws:staging/administrator',
    ]);
    expect(mei.gains[0]).toMatchObject({
      until: '2026-12-20',
      reason: 'explicit membership: INC-4211 database failover',
    });
    expect(report.access.totals.privilegedGains).toBe(7);
    expect(teams(report)).toEqual(['security']);
    expect(report.approvals[0].reasons).toContain('privileged access changes for 1 person');
  });

  test('expire a membership: dropped from the desired state, shown as a loss with its reason', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/groups.yaml',
      'until: "2027-01-31", reason: "Covering the holiday rota"',
      'until: "2026-11-22", reason: "Covering the holiday rota"',
    );
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    const hannah = person(report, 'hannah-schulz');
    expect(hannah.loses[0]).toMatchObject({
      kind: 'group',
      target: 'oncall',
      reason: 'membership expired 2026-11-22',
    });
    expect(targets(hannah.loses)).toEqual(['group:oncall', 'app:admin-console']);
    // Hannah's expiry is new; felix-wagner's was already on the base, so it is listed apart.
    const expired = (ds: readonly { code: string; message: string }[]) =>
      ds
        .filter((d) => d.code === 'expired-membership')
        .map((d) => d.message.match(/hannah-schulz|felix-wagner/)?.[0]);
    expect(expired(report.diagnostics)).toEqual(['hannah-schulz']);
    expect(expired(report.preexistingWarnings)).toEqual(['felix-wagner']);
  });

  test('memberships ending within 7 days are listed', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/groups.yaml',
      'until: "2027-01-31", reason: "Covering the holiday rota"',
      'until: "2026-11-27", reason: "Covering the holiday rota"',
    );
    const { report } = await plan(s);
    expect(report.access.expiringSoon).toEqual([
      { person: 'hannah-schulz', group: 'oncall', until: '2026-11-27' },
    ]);
  });

  test('add an app with MFA: the group members gain it; IT approves', async () => {
    const s = scenarioRepo();
    s.append(
      'it/apps.yaml',
      `  - id: linear
    name: Linear
    vendor: Linear Orbit
    owner: engineering
    risk: high
    data: confidential
    mfa: true
    groups: [product]
    sso: { type: saml, ssoUrl: "https://linear.app/saml/acme/acs", audience: "https://linear.app" }
`,
    );
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    expect(report.access.people.map((p) => p.person)).toEqual([
      'daniel-kim',
      'emma-dubois',
      'felix-wagner',
      'grace-adeyemi',
      'sofia-rossi',
    ]);
    expect(targets(person(report, 'felix-wagner').gains)).toEqual(['app:linear']);
    expect(report.items).toEqual([
      { kind: 'app', id: 'linear', change: 'added', side: 'it', owner: 'engineering', privileged: false },
    ]);
    expect(teams(report)).toEqual(['engineering', 'it']);
  });

  test('remove access from 30% of people: blast radius blocks without an acknowledgement', async () => {
    const s = scenarioRepo();
    s.edit('it/apps.yaml', 'groups: [engineering, data-analysts]', 'groups: [data-analysts]');
    const blocked = await plan(s);
    expect(blocked.code).toBe(1);
    expect(blocked.report.blastRadius).toMatchObject({
      peopleLosingAccess: 13,
      headcount: 40,
      percentLosingAccess: 32.5,
      overLimit: true,
    });
    expect(blocked.report.blockers).toEqual([
      'blast radius: 13 of 40 people (32.5%) lose access; the tolerance is 20% (acknowledge it in the PR to proceed)',
    ]);
    const acknowledged = await plan(s, '--acknowledge', 'Moving engineering to the new AWS SSO app (CHG-88)');
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.report.blastRadius.acknowledged).toBe(
      'Moving engineering to the new AWS SSO app (CHG-88)',
    );
  });

  test('an IT-side file granting privileged access is a validation error: exit 1, nothing planned', async () => {
    const s = scenarioRepo();
    s.append(
      'it/aws-access.yaml',
      '  - { group: engineering, permissionSet: administrator, accounts: [prod] }\n',
    );
    const io = captureIo(s.cwd);
    expect(await main(['plan', '--base', 'HEAD', '--access-only'], io)).toBe(1);
    expect(io.stdout()).toContain(
      'config/it/aws-access.yaml:27:42: error: grants[3].permissionSet: IT-side grant uses privileged permission set "administrator" (got "administrator")',
    );
    expect(io.stdout()).toContain('nothing was planned');
  });

  test("a Security file renamed into IT's config folder: both paths count, Security approves", async () => {
    const s = scenarioRepo();
    mkdirSync(join(s.cwd, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(s.cwd, '.github', 'workflows', 'drift.yml'), 'name: drift\non: { schedule: [] }\n');
    s.commit('the drift workflow');
    // A dotted folder under config/ is not read as config: the workflow is simply gone.
    mkdirSync(join(s.cwd, 'config', 'it', '.attic'));
    s.git('mv', '.github/workflows/drift.yml', 'config/it/.attic/drift.yml');
    const { code, report } = await plan(s);
    expect(code).toBe(0);
    expect(report.changedFiles).toEqual(['.github/workflows/drift.yml', 'config/it/.attic/drift.yml']);
    expect(teams(report)).toEqual(['it', 'security']);
    expect(report.approvals.find((a) => a.team === 'security')!.reasons).toEqual([
      'file .github/workflows/drift.yml',
    ]);
  });

  test('a tag named like the base branch (origin/main) cannot stand in for it: an ambiguous base is a usage error', async () => {
    // git resolves "origin/main" to refs/tags/origin/main before refs/remotes/origin/main, and
    // a tag is anyone's to push: pointed at the head, it would make the plan compare the head
    // with itself, and a privileged person's new email would need IT alone.
    const s = scenarioRepo();
    s.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    s.edit('it/people.yaml', 'email: ravi.patel@acme.example', 'email: ravi.patel@evil.example');
    s.edit('org.yaml', 'domains: [acme.example]', 'domains: [acme.example, evil.example]');
    s.commit('the change');
    s.git('tag', 'origin/main', 'HEAD');
    const io = captureIo(s.cwd);
    expect(await main(['plan', '--base', 'origin/main', '--access-only'], io)).toBe(2);
    expect(io.stderr()).toBe(
      'error: --base "origin/main" is ambiguous: refs/remotes/origin/main, refs/tags/origin/main; pass the full ref, e.g. "refs/remotes/origin/main"\n',
    );
    const full = captureIo(s.cwd);
    expect(
      await main(['plan', '--base', 'refs/remotes/origin/main', '--access-only', '--format', 'json'], full),
    ).toBe(0);
    expect(JSON.parse(full.stdout()).approvals.map((a: { team: string }) => a.team)).toEqual([
      'it',
      'security',
    ]);
  });

  test('an unknown base ref is a usage error', async () => {
    const io = captureIo(scenarioRepo().cwd);
    expect(await main(['plan', '--base', 'no-such-branch'], io)).toBe(2);
    expect(io.stderr()).toBe(
      'error: --base "no-such-branch" is not a commit in this repository (try "origin/main" or "HEAD~1")\n',
    );
  });
});
