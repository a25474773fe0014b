// `blueprint elevate`: break-glass against the fake Okta org on a virtual clock. One
// approver opens the request, the same one cannot confirm it, a second one does: the person
// is in the Okta group at once, the end is scheduled on the minute, Security is alerted,
// every step is in the audit trail, and the config change is committed to a branch (in a
// git repository, leaving the checkout as it was), else printed (or written). Then the
// scheduled expiry ends it, and the config it wrote, deployed after the end, does not restore it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElevateConnect, runElevate } from '../../lib/cli/commands/elevate';
import { MemoryIdentityCenterGroups } from '../../lib/lifecycle/aws-access/identity-center-groups';
import { MemorySessionRevocation } from '../../lib/lifecycle/aws-access/session-revocation';
import { breakGlassCaseId } from '../../lib/lifecycle/elevation/break-glass';
import { expireElevation } from '../../lib/lifecycle/elevation/expire-elevation';
import { MemoryExpiryScheduler } from '../../lib/lifecycle/elevation/expiry-scheduler';
import { MemoryNotifier } from '../../lib/lifecycle/notify/notifier';
import { checkOrg } from '../../lib/policy/check-org';
import { userOf } from '../../test-doubles/okta/seed-from-directory';
import { type Harness, LifecycleHarness } from '../lifecycle/support/lifecycle-harness';
import { captureIo } from '../support/config-case';

const NOW = '2026-11-23T09:00Z';
let lifecycle: LifecycleHarness;
let h: Harness;
let scheduler: MemoryExpiryScheduler;
let notifier: MemoryNotifier;
let cwd: string;
beforeAll(async () => {
  lifecycle = await LifecycleHarness.start();
});
afterAll(() => lifecycle.close());
beforeEach(() => {
  h = lifecycle.fresh();
  scheduler = new MemoryExpiryScheduler();
  notifier = new MemoryNotifier();
  cwd = mkdtempSync(join(tmpdir(), 'blueprint-elevate-'));
  cpSync(resolve(__dirname, '../../config'), join(cwd, 'config'), { recursive: true });
});
afterEach(() => expect(h.fake.violations).toEqual([]));

const connect: ElevateConnect = () => ({
  auditTrail: 'the test audit store',
  deps: { okta: h.deps.okta, scheduler, notifier, audit: h.audit, clock: h.clock },
});
const elevate = async (options: Partial<Parameters<typeof runElevate>[0]>) => {
  const io = captureIo(cwd, { BLUEPRINT_NOW: NOW });
  const code = await runElevate({ config: 'config', ...options }, io, connect);
  return { code, out: io.stdout(), err: io.stderr() };
};
const open = () =>
  elevate({
    person: 'ravi-patel',
    group: 'security-auditors',
    for: 'PT1H',
    reason: 'INC-9 trace the key leak',
    as: 'elena-popescu',
  });
const requestId = (out: string) => /request (bg-[0-9a-f]{10})/.exec(out)![1];
const auditors = () => {
  const group = h.state.groups.find((g) => g.name === 'Security Auditors')!;
  return [...(h.state.members.get(group.id) ?? [])];
};

describe('blueprint elevate (break-glass)', () => {
  test('opens a request: recorded in the audit trail, nothing granted yet', async () => {
    const { code, out } = await open();
    expect(code).toBe(0);
    const id = requestId(out);
    expect(out).toBe(
      [
        `Break-glass request ${id}: ravi-patel in security-auditors for PT1H (INC-9 trace the key leak), opened by elena-popescu.`,
        'A second member of security-auditors confirms it (the clock starts then):',
        `  blueprint elevate --confirm ${id} --as THEIR-ID`,
        'Audit trail: the test audit store',
        '',
      ].join('\n'),
    );
    const trail = await h.audit.list(breakGlassCaseId(id));
    expect(trail.map((r) => [r.step, r.outcome, r.actor])).toEqual([
      ['request', 'changed', 'cli:elena-popescu'],
    ]);
    expect(auditors()).not.toContain(userOf(h.state, h.directory, 'ravi-patel').id);
  });

  test('the same person cannot confirm their own request', async () => {
    const id = requestId((await open()).out);
    const { code, err } = await elevate({ confirm: id, as: 'elena-popescu' });
    expect(code).toBe(1);
    expect(err).toBe(
      `error: elena-popescu opened ${id}, and the same person cannot confirm their own request: a second member of the approvers must\n`,
    );
    expect(auditors()).not.toContain(userOf(h.state, h.directory, 'ravi-patel').id);
  });

  test('an unconfirmed request lapses after an hour', async () => {
    const id = requestId((await open()).out);
    await h.clock.sleep(61 * 60_000);
    const { code, err } = await elevate({ confirm: id, as: 'david-mwangi' });
    expect(code).toBe(1);
    expect(err).toBe(
      `error: ${id} was opened at 2026-11-23T09:00:00Z and lapsed unconfirmed after an hour: open a new request\n`,
    );
    expect(auditors()).not.toContain(userOf(h.state, h.directory, 'ravi-patel').id);
  });

  test('refused before anything is recorded: a non-approver, a window past maxElevation, a non-privileged group', async () => {
    await expect(elevate({ confirm: 'bg-0000000000', as: 'amara-diallo' })).rejects.toThrow(
      'amara-diallo is not a member of security-auditors: only its members open and confirm break-glass elevations',
    );
    await expect(
      elevate({
        person: 'ravi-patel',
        group: 'security-auditors',
        for: 'PT9H',
        reason: 'x',
        as: 'elena-popescu',
      }),
    ).rejects.toThrow('--for PT9H is longer than the PT8H maxElevation in guardrails.yaml');
    await expect(
      elevate({ person: 'ravi-patel', group: 'engineering', for: 'PT1H', reason: 'x', as: 'elena-popescu' }),
    ).rejects.toThrow('"engineering" is not a privileged group of config/security/privileged.yaml');
  });

  test('a second approver confirms: granted at once, scheduled, Security alerted, all audited; the patch for the review', async () => {
    const id = requestId((await open()).out);
    await h.clock.sleep(5 * 60_000); // confirmed five minutes later: the hour starts now
    const { code, out } = await elevate({ confirm: id, as: 'david-mwangi' });
    expect(code).toBe(0);
    const ravi = userOf(h.state, h.directory, 'ravi-patel').id;
    expect(auditors()).toContain(ravi);
    expect(out.split('\n').slice(0, 6)).toEqual([
      `Break-glass ${id}: ravi-patel in security-auditors, confirmed by david-mwangi; expires in 1 h (at 10:05 UTC)`,
      '  ✓ confirm         changed  ',
      '  ✓ grant-okta-membership changed  ',
      '  ✓ schedule-expiry changed  ',
      '  ✓ alert-security  changed  ',
      'Audit trail: the test audit store',
    ]);
    expect([...scheduler.schedules.values()]).toEqual([
      {
        action: 'expire',
        key: 'membership/security-auditors/ravi-patel',
        person: 'ravi-patel',
        login: 'ravi.patel@acme.example',
        group: 'security-auditors',
        groupName: 'Security Auditors',
        expiresAt: '2026-11-23T10:05:00Z',
        permissionSets: ['security-audit'],
      },
    ]);
    expect([...scheduler.schedules.keys()][0]).toMatch(/^acme-security-breakglass-[0-9a-f]{16}$/);
    expect(notifier.sent.map((n) => [n.to, n.subject])).toEqual([
      [
        ['security@acme.example'],
        'Break-glass: ravi-patel is in Security Auditors until 2026-11-23T10:05:00Z',
      ],
    ]);
    expect(notifier.sent[0].body).toContain(
      'Requested by elena-popescu at 2026-11-23T09:00:00Z; confirmed by david-mwangi.',
    );
    const trail = await h.audit.list(breakGlassCaseId(id));
    expect(trail.map((r) => [r.step, r.outcome, r.actor])).toEqual([
      ['request', 'changed', 'cli:elena-popescu'],
      ['confirm', 'changed', 'cli:david-mwangi'],
      ['grant-okta-membership', 'intent', 'cli:david-mwangi'],
      ['grant-okta-membership', 'applied', 'cli:david-mwangi'],
      ['grant-okta-membership', 'changed', 'cli:david-mwangi'],
      ['schedule-expiry', 'changed', 'cli:david-mwangi'],
      ['alert-security', 'changed', 'cli:david-mwangi'],
    ]);
    expect(trail[1].after).toEqual({
      confirmedBy: 'david-mwangi',
      start: '2026-11-23T09:05:00Z',
      expiresAt: '2026-11-23T10:05:00Z',
    });
    expect(out).toContain(
      `+      - { person: ravi-patel, until: "2026-11-23T10:05Z", reason: "INC-9 trace the key leak (break-glass ${id}, requested by elena-popescu)", approvedBy: david-mwangi }\n`,
    );

    // Confirmed again (it was interrupted, or someone repeats it): nothing happens twice.
    const again = await elevate({ confirm: id, as: 'ingrid-berg' });
    expect(again.out).toContain('confirmed by david-mwangi; expires in 1 h (at 10:05 UTC)');
    expect(notifier.sent).toHaveLength(1);
    expect(scheduler.schedules.size).toBe(1);
  });

  test('the whole loop: the schedule ends it on the minute; the written config, deployed after, does not restore it', async () => {
    const id = requestId((await open()).out);
    await elevate({ confirm: id, as: 'david-mwangi', write: true });
    const file = join(cwd, 'config', 'security', 'privileged.yaml');
    expect(readFileSync(file, 'utf8')).toContain('approvedBy: david-mwangi }');
    // The entry is valid config, and while it lasts the access report says who approved it.
    const during = checkOrg(join(cwd, 'config'), { today: '2026-11-23', now: '2026-11-23T09:30:00Z' });
    expect(during.ok).toBe(true);
    expect(during.model!.elevations.map((e) => [e.key, e.window.expiresAt, e.approvedBy])).toEqual([
      ['membership/security-auditors/ravi-patel', '2026-11-23T10:00:00Z', 'david-mwangi'],
    ]);

    await h.clock.sleep(60 * 60_000);
    const scheduled = [...scheduler.schedules.values()][0];
    const report = await expireElevation(
      {
        okta: h.deps.okta,
        aws: h.aws,
        groups: new MemoryIdentityCenterGroups(new Map([['Security Auditors', 'icg-security-auditors']])),
        sessions: new MemorySessionRevocation(),
        audit: h.audit,
        clock: h.clock,
      },
      scheduled,
      'scheduler:acme-security-elevation-expiry',
    );
    expect(report.steps[0]).toMatchObject({ step: 'remove-okta-membership', outcome: 'changed' });
    expect(auditors()).not.toContain(userOf(h.state, h.directory, 'ravi-patel').id);
    const after = checkOrg(join(cwd, 'config'), { today: '2026-11-23', now: '2026-11-23T10:00:00Z' });
    expect(
      after.model!.groups.find((g) => g.id === 'security-auditors')!.members.map((m) => m.person),
    ).not.toContain('ravi-patel');
  });

  describe('in a git repository: the entry goes to a branch, the checkout stays as it is', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    beforeEach(() => {
      git('init', '-q', '-b', 'main');
      git('config', 'user.name', 'David Mwangi');
      git('config', 'user.email', 'david.mwangi@acme.example');
      git('config', 'commit.gpgsign', 'false');
      git('add', '.');
      git('commit', '-q', '-m', 'the org');
      // Work in progress the command must not touch: an edit staged, and another not.
      writeFileSync(
        join(cwd, 'config', 'it', 'people.yaml'),
        `${readFileSync(join(cwd, 'config', 'it', 'people.yaml'), 'utf8')}# staged\n`,
      );
      git('add', 'config/it/people.yaml');
      writeFileSync(
        join(cwd, 'config', 'security', 'privileged.yaml'),
        `${readFileSync(join(cwd, 'config', 'security', 'privileged.yaml'), 'utf8')}# not staged\n`,
      );
    });
    const checkout = () => ({
      head: git('rev-parse', 'HEAD'),
      branch: git('symbolic-ref', 'HEAD'),
      status: git('status', '--porcelain'),
      staged: git('diff', '--cached'),
      index: readFileSync(join(cwd, '.git', 'index')).toString('base64'),
      privileged: readFileSync(join(cwd, 'config', 'security', 'privileged.yaml'), 'utf8'),
    });

    test('confirm commits the entry to break-glass/<request> on HEAD, prints how to open the pull request; again, changes nothing', async () => {
      const id = requestId((await open()).out);
      const before = checkout();
      const { code, out } = await elevate({ confirm: id, as: 'david-mwangi' });
      expect(code).toBe(0);
      expect(checkout()).toEqual(before);

      const branch = `break-glass/${id}`;
      const tip = git('rev-parse', branch);
      expect(git('rev-parse', `${branch}^`)).toBe(before.head);
      expect(git('diff', '--name-only', before.head, branch)).toBe('config/security/privileged.yaml');
      const diff = git('diff', before.head, branch);
      expect(diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'))).toEqual([
        `+      - { person: ravi-patel, until: "2026-11-23T10:00Z", reason: "INC-9 trace the key leak (break-glass ${id}, requested by elena-popescu)", approvedBy: david-mwangi }`,
      ]);
      // From the commit, not the working tree: the unstaged edit is not on the branch.
      expect(git('show', `${branch}:config/security/privileged.yaml`)).not.toContain('# not staged');
      expect(git('log', '-1', '--format=%s%n%an', branch)).toBe(
        `Break-glass ${id}: ravi-patel in security-auditors until 2026-11-23T10:00Z\nDavid Mwangi`,
      );
      expect(out.split('\n').slice(-6)).toEqual([
        `Committed the entry to the branch ${branch} (${tip.slice(0, 12)}, on ${before.head.slice(0, 12)}); your working tree, index and HEAD are as they were.`,
        "Open the pull request for Security's review after the fact:",
        `  git push origin ${branch}`,
        `  gh pr create --head ${branch} --title "Break-glass ${id}: ravi-patel in security-auditors until 2026-11-23T10:00Z" --fill`,
        `  (or https://github.com/acme/org-blueprint/compare/${branch}?expand=1)`,
        '',
      ]);
      // The branch is valid config that records the elevation, with who approved it.
      const onBranch = mkdtempSync(join(tmpdir(), 'blueprint-elevate-branch-'));
      execFileSync('git', ['worktree', 'add', '-q', onBranch, branch], { cwd });
      const model = checkOrg(join(onBranch, 'config'), { today: '2026-11-23', now: '2026-11-23T09:30:00Z' });
      expect(model.ok).toBe(true);
      expect(model.model!.elevations.map((e) => [e.key, e.approvedBy])).toEqual([
        ['membership/security-auditors/ravi-patel', 'david-mwangi'],
      ]);
      git('worktree', 'remove', '--force', onBranch);

      // Again (interrupted, or repeated): the branch is found, not moved, nothing else changes.
      const again = await elevate({ confirm: id, as: 'ingrid-berg' });
      expect(again.code).toBe(0);
      expect(again.out).toContain(
        `The branch ${branch} already holds it (${tip.slice(0, 12)}, on ${before.head.slice(0, 12)}): left as it is.`,
      );
      expect(git('rev-parse', branch)).toBe(tip);
      expect(checkout()).toEqual(before);
    });

    test('--from names the commit the branch starts from', async () => {
      const first = git('rev-parse', 'HEAD');
      git('commit', '-q', '-m', 'staged people');
      const id = requestId((await open()).out);
      const { code } = await elevate({ confirm: id, as: 'david-mwangi', from: first });
      expect(code).toBe(0);
      expect(git('rev-parse', `break-glass/${id}^`)).toBe(first);
    });

    test('git cannot make the branch (an unknown --from): the grant stands, and the entry is printed as a patch instead', async () => {
      const id = requestId((await open()).out);
      const { code, out, err } = await elevate({ confirm: id, as: 'david-mwangi', from: 'no-such-ref' });
      expect(code).toBe(0);
      expect(err).toMatch(
        new RegExp(
          `^warning: could not commit the entry to break-glass/${id} \\(git rev-parse failed in .*\\); here it is as a patch\n$`,
        ),
      );
      expect(out).toContain('The config change, for the review after the fact');
      expect(git('branch', '--list', 'break-glass/*')).toBe('');
    });
  });
});
