// `blueprint offboard`: the dry run on the example org's leaver, errors, and real runs
// against the fake Okta org (AWS, notices and audit trail in memory).
import { resolve } from 'node:path';
import { type Connect, runOffboard } from '../../lib/cli/commands/offboard';
import { main } from '../../lib/cli/main';
import { connectFromEnvironment } from '../../lib/lifecycle/connect-from-environment';
import { MemoryLeaseStore } from '../../lib/lifecycle/lease/memory-lease-store';
import { OFFBOARDING } from '../../lib/lifecycle/offboarding/offboarding-steps';
import { OFFBOARDING_STEPS } from '../../lib/model/schema/lifecycle';
import { FAKE_OKTA_TOKEN } from '../../test-doubles/okta/fake-okta-server';
import { giveIsabelExtraAccess, ISABEL, ISABEL_CASE, isabelInOkta } from '../lifecycle/support/isabel';
import { type Harness, LifecycleHarness } from '../lifecycle/support/lifecycle-harness';
import { captureIo } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

describe('blueprint offboard --dry-run (no credentials needed)', () => {
  test("prints each step and the calls it would make for the example org's leaver", async () => {
    const io = captureIo(ROOT);
    expect(await main(['offboard', 'isabel-santos', '--dry-run'], io)).toBe(0);
    const lines = io.stdout().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Offboarding isabel-santos (Isabel Santos <isabel.santos@acme.example>): dry run, nothing is changed',
      'Last day 2026-11-13; deactivation on or after 2026-12-14 (grace period P30D). Case offboard/isabel-santos/2026-11-13.',
      '',
    ]);
    expect(lines.filter((l) => /^\s*\d+\. /.test(l)).map((l) => l.trim().split(/\s+/)[1])).toEqual([
      ...OFFBOARDING_STEPS,
    ]);
    expect(lines).toContain(
      '                    POST /api/v1/users/{userId}/lifecycle/suspend (if ACTIVE; LOCKED_OUT: unlock first)',
    );
    expect(lines).toContain(
      '                    email james.carter@acme.example, security@acme.example, it@acme.example',
    );
    expect(lines).toContain(
      '                    on/after 2026-12-14: POST /api/v1/users/{userId}/lifecycle/deactivate (if not DEPROVISIONED)',
    );
    expect(io.stdout()).not.toMatch(/DELETE \/api\/v1\/users\/\{userId\}(\s|$)/);
    expect(io.stderr()).toBe('');
  });

  test('lists the explicit memberships it would end', async () => {
    const io = captureIo(ROOT);
    expect(await main(['offboard', 'hannah-schulz', '--dry-run', '--now'], io)).toBe(0);
    expect(io.stdout()).toContain('DELETE /api/v1/groups/{groupId of "Production On-call"}/users/{userId}');
    expect(io.stdout()).toContain('Last day 2026-11-23; deactivation on or after 2026-12-24');
  });
});

describe('blueprint offboard: mistakes', () => {
  test('an unknown person: exit 1 with a suggestion', async () => {
    const io = captureIo(ROOT);
    expect(await main(['offboard', 'isabel-santo', '--dry-run'], io)).toBe(1);
    expect(io.stderr()).toBe(
      'error: unknown person "isabel-santo": did you mean "isabel-santos"? use a person id from config/it/people.yaml\n',
    );
  });

  test('someone not leaving: exit 1, pointing at the end date or --now', async () => {
    const io = captureIo(ROOT);
    expect(await main(['offboard', 'yuki-tanaka', '--dry-run'], io)).toBe(1);
    expect(io.stderr()).toBe(
      "error: yuki-tanaka's last day is 2026-12-18: offboarding starts after it; pass --now for an emergency\n",
    );
  });

  test('a real run without credentials: exit 2, naming what to set', async () => {
    const io = captureIo(ROOT);
    expect(await main(['offboard', 'isabel-santos'], io)).toBe(2);
    expect(io.stderr()).toBe(
      'error: no Okta credentials: set OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (an OAuth service app, for production) or OKTA_API_TOKEN (or use --dry-run, which needs none)\n',
    );
  });
});

describe('blueprint offboard against Okta (the fake org)', () => {
  let harness: LifecycleHarness;
  let h: Harness;
  beforeAll(async () => {
    harness = await LifecycleHarness.start();
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    h = harness.fresh();
    giveIsabelExtraAccess(h);
    leases = new MemoryLeaseStore();
  });
  afterEach(() => expect(h.fake.violations).toEqual([]));

  let leases: MemoryLeaseStore;
  /** The real wiring for Okta (from the environment); AWS, notices, audit trail and leases in memory. */
  const connect: Connect = (env, directory, cwd) => {
    const { deps } = connectFromEnvironment(env, directory, cwd);
    return {
      deps: { ...deps, aws: h.aws, notifier: h.notifier, audit: h.audit },
      auditTrail: 'the test audit store',
      leases,
    };
  };
  const io = () =>
    captureIo(ROOT, { OKTA_ORG_URL: h.fake.url, OKTA_API_TOKEN: FAKE_OKTA_TOKEN, USER: 'amara' });

  test('runs every step, reports each, and says the config already matches', async () => {
    const out = io();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, out, connect)).toBe(0);
    const userId = h.state.findUser(ISABEL.email)!.id;
    expect(out.stdout()).toBe(
      [
        `Offboarding isabel-santos (isabel.santos@acme.example, Okta user ${userId}): case offboard/isabel-santos/2026-11-13`,
        '  ✓ suspend         changed  ',
        '  ✓ clear-sessions  changed  ',
        '  ✓ revoke-tokens   changed  ',
        '  ✓ reset-factors   changed  ',
        '  ✓ transfer-data   changed  ',
        '  ✓ remove-groups   changed   removed from Data Analysts, Sales Leads (ad hoc)',
        '  ✓ unassign-apps   changed  ',
        '  ✓ deny-aws        changed  ',
        '  ✓ notify          changed  ',
        '  … deactivate      not-due   due on 2026-12-14, after the P30D grace period',
        'Audit trail: the test audit store',
        '',
        "The config already matches: isabel-santos's end date is 2026-11-13.",
        '',
      ].join('\n'),
    );
    expect(isabelInOkta(h).status).toBe('SUSPENDED');
    expect((await h.audit.list('offboard/isabel-santos/2026-11-13'))[0].actor).toBe('cli:amara');
  });

  test('run again: nothing changes, and it says so', async () => {
    await runOffboard({ person: ISABEL.id, config: 'config' }, io(), connect);
    const again = io();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, again, connect)).toBe(0);
    expect(again.stdout()).toContain('  · suspend         unchanged\n');
    expect(again.stdout()).toContain('Nothing needed changing: the offboarding was already complete.\n');
    expect(h.fake.mutations()).toHaveLength(7);
  });

  test('an emergency (--now) for someone with explicit memberships prints the config change for a PR', async () => {
    const out = io();
    expect(await runOffboard({ person: 'ravi-patel', config: 'config', now: true }, out, connect)).toBe(0);
    const tail = out.stdout().slice(out.stdout().indexOf('Follow-up:'));
    expect(tail).toBe(
      [
        'Follow-up: make the config match what was done (open a pull request):',
        '  - config/it/people.yaml: set end: "2026-11-23" for ravi-patel',
        '  - config/security/privileged.yaml: remove ravi-patel from the members of aws-admins',
        '  - config/it/groups.yaml: remove ravi-patel from the members of oncall',
        '',
        'The end date, as a patch (save it and `git apply` it on a branch, then open the pull request):',
        '',
        '--- a/config/it/people.yaml',
        '+++ b/config/it/people.yaml',
        '@@ -72,6 +72,7 @@',
        '     manager: tomas-lindqvist',
        '     type: employee',
        '     start: "2021-01-18"',
        '+    end: "2026-11-23"',
        '   - id: mei-chen',
        '     name: Mei Chen',
        '     email: mei.chen@acme.example',
        '',
      ].join('\n'),
    );
  });

  test('Okta failing part-way: exit 1, says where it stopped; the same command then finishes the job', async () => {
    // The harness's Okta client: same SDK and executor, virtual clock (no real backoff waits).
    const fast: Connect = (env, directory, cwd) => ({ ...connect(env, directory, cwd), deps: h.deps });
    h.fake.failMutationsAfter(2);
    const failed = io();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, failed, fast)).toBe(1);
    expect(failed.stdout()).toMatch(
      / {2}✗ revoke-tokens {3}failed: revoke the OAuth grants of isabel.santos@acme.example: not made after 3 attempts whose answers were lost \(last: HTTP 500\)\n$/,
    );
    expect(failed.stderr()).toBe(
      'error: offboarding stopped at revoke-tokens. The steps before it are done and recorded in the test audit store; fix the cause and run the same command again: it carries on from the current state.\n',
    );
    h.fake.clearFailures();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, io(), fast)).toBe(0);
    expect(isabelInOkta(h).status).toBe('SUSPENDED');
    expect(h.fake.mutations()).toHaveLength(7);
  });

  test('a second run while one is running: says which case since when, exits 1, changes nothing', async () => {
    const other = await leases.acquire({
      key: 'offboard/isabel-santos',
      holder: 'cli:amara/4242/first-run',
      actor: 'cli:amara',
      caseId: ISABEL_CASE,
      now: Date.now(),
      ttlMs: 15 * 60_000,
    });
    if (!other.taken) throw new Error('the lease should be free');
    const second = io();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, second, connect)).toBe(1);
    expect(second.stdout()).toBe('');
    expect(second.stderr()).toBe(
      `error: the offboarding of isabel-santos is already running (case ${ISABEL_CASE}, since ${other.lease.since}, by cli:amara): nothing was changed. Let that run finish; if it was killed, its lease lapses at ${other.lease.expiresAt} and the same command then takes over.\n`,
    );
    expect(h.fake.log).toEqual([]);
    expect(await h.audit.list(ISABEL_CASE)).toEqual([]);
  });

  test('two runs started together: one offboards, the other changes nothing; the lease is released at the end', async () => {
    const [a, b] = [io(), io()];
    const codes = await Promise.all([
      runOffboard({ person: ISABEL.id, config: 'config' }, a, connect),
      runOffboard({ person: ISABEL.id, config: 'config' }, b, connect),
    ]);
    expect(codes).toEqual([0, 1]);
    expect(b.stderr()).toMatch(
      /^error: the offboarding of isabel-santos is already running \(case offboard\/isabel-santos\/2026-11-13, since /,
    );
    expect(isabelInOkta(h).status).toBe('SUSPENDED');
    expect(h.fake.mutations()).toHaveLength(7);
    const trail = await h.audit.list(ISABEL_CASE);
    const steps = trail.filter((r) => r.change === undefined);
    expect(steps.map((r) => r.step)).toEqual(OFFBOARDING.map((s) => s.name));
    expect(await leases.get('offboard/isabel-santos')).toBeUndefined();
  });

  test('a run that was killed holding the lease: once the lease lapses, the next run takes over', async () => {
    await leases.acquire({
      key: 'offboard/isabel-santos',
      holder: 'cli:amara/4242/killed',
      actor: 'cli:amara',
      caseId: ISABEL_CASE,
      now: Date.now() - 16 * 60_000,
      ttlMs: 15 * 60_000,
    });
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, io(), connect)).toBe(0);
    expect(isabelInOkta(h).status).toBe('SUSPENDED');
    const [killed, ...next] = leases.taken.map((l) => l.holder);
    expect(killed).toBe('cli:amara/4242/killed');
    // Taken once, renewed before each step, by one new holder.
    expect(next).toHaveLength(1 + OFFBOARDING.length);
    expect(new Set(next).size).toBe(1);
    expect(await leases.get('offboard/isabel-santos')).toBeUndefined();
  });

  test('Okta answering 503 from the first call: "stopped at open-case", exit 1, no stack trace, nothing changed', async () => {
    const fast: Connect = (env, directory, cwd) => ({ ...connect(env, directory, cwd), deps: h.deps });
    h.fake.inject(...Array.from({ length: 4 }, () => ({ status: 503 as const })));
    const out = io();
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, out, fast)).toBe(1);
    expect(out.stdout()).toBe('');
    expect(out.stderr()).toMatch(
      /^error: offboarding stopped at open-case \(looking up isabel\.santos@acme\.example in Okta\): Okta unavailable: GET \/api\/v1\/users(\/[^ ]+)? failed 4 times \(last: HTTP 503\)\. Nothing was changed; run the same command again once Okta answers\.\n$/,
    );
    expect(h.fake.mutations()).toEqual([]);
    expect(await h.audit.list(ISABEL_CASE)).toEqual([]);
    expect(await leases.get('offboard/isabel-santos')).toBeUndefined();
    // Okta back: the same command does the job.
    expect(await runOffboard({ person: ISABEL.id, config: 'config' }, io(), fast)).toBe(0);
    expect(h.fake.mutations()).toHaveLength(7);
  });
});
