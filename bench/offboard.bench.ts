// "offboard 100 people": the offboarding workflow run for 100 leavers of the synthetic M
// org against the fake Okta org (contract-checked) under a simulated rate limit of 600
// requests per minute. Time is simulated on a clock sped up 20×, so the row reports both
// the simulated time (what a real Okta org would take) and the wall time. The client
// paces itself on X-Rate-Limit-Remaining, so the time is set by the rate limit, not by
// retries: the row counts 429s and retries to show it.
import { MemoryAuditStore } from '../lib/lifecycle/audit/memory-audit-store';
import { MemoryAwsAccessDenial } from '../lib/lifecycle/aws-access/aws-access-denial';
import { lifecycleDirectory } from '../lib/lifecycle/lifecycle-directory';
import { MemoryNotifier } from '../lib/lifecycle/notify/notifier';
import { offboardPerson } from '../lib/lifecycle/offboarding/offboard-person';
import { createOktaClient } from '../lib/lifecycle/okta/create-okta-client';
import { DEFAULT_RETRY_POLICY } from '../lib/lifecycle/okta/retry-policy';
import type { OktaAttempt } from '../lib/lifecycle/okta/retrying-request-executor';
import { SdkOktaDirectory } from '../lib/lifecycle/okta/sdk-okta-directory';
import { checkOrg } from '../lib/policy/check-org';
import { ScaledClock } from '../test-doubles/clocks';
import { identityCenterUsers } from '../test-doubles/identity-center-users';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../test-doubles/okta/fake-okta-state';
import { seedFromDirectory } from '../test-doubles/okta/seed-from-directory';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';

const LEAVERS = 100;
const RATE_LIMIT_PER_MINUTE = 600;
const SPEED_UP = 20;

export const offboardBench: BenchStep = {
  name: 'offboard 100 people',
  cases: ['M'],
  runs: 1,
  target: 'calls/person = what the steps need; time ≈ the rate-limit minimum; 0 retries',
  async run(dir) {
    const checked = checkOrg(dir, { today: BENCH_TODAY });
    if (!checked.model) throw new Error('bench org is invalid');
    const directory = lifecycleDirectory(checked.model);
    const clock = new ScaledClock(Date.parse(`${BENCH_TODAY}T09:00:00.000Z`), SPEED_UP);
    const state = new FakeOktaState(() => clock.now());
    seedFromDirectory(state, directory, BENCH_TODAY);
    const fake = await FakeOktaServer.start(state, {
      now: () => clock.now(),
      rateLimitPerMinute: RATE_LIMIT_PER_MINUTE,
    });
    const attempts: OktaAttempt[] = [];
    const client = createOktaClient(
      { kind: 'api-token', orgUrl: fake.url, token: FAKE_OKTA_TOKEN },
      { clock, policy: DEFAULT_RETRY_POLICY, onAttempt: (a) => attempts.push(a) },
    );
    const deps = {
      okta: new SdkOktaDirectory(client, clock),
      aws: new MemoryAwsAccessDenial(identityCenterUsers(directory)),
      notifier: new MemoryNotifier(),
      audit: new MemoryAuditStore(),
      directory,
      clock,
    };
    const leavers = directory.people.filter((p) => p.start <= BENCH_TODAY).slice(0, LEAVERS);
    // Start on a fresh rate-limit window (setting up took simulated time), so the figures compare.
    await clock.sleep(60_000 - (clock.now() % 60_000));
    const start = clock.now();
    const wallStart = performance.now();
    try {
      for (const person of leavers)
        await offboardPerson(deps, { person: person.id, actor: 'bench', today: BENCH_TODAY, now: true });
    } finally {
      await fake.close();
    }
    if (fake.violations.length)
      throw new Error(`contract violations: ${fake.violations.slice(0, 3).join('; ')}`);
    const simulatedS = (clock.now() - start) / 1000;
    const calls = fake.log.length;
    const mutations = fake.mutations().length;
    return {
      people: leavers.length,
      'calls/person': (calls / leavers.length).toFixed(1),
      'changes/person': (mutations / leavers.length).toFixed(1),
      '429s': fake.log.filter((r) => r.status === 429).length,
      retries: attempts.filter((a) => a.retryInMs !== undefined).length,
      'simulated time': `${simulatedS.toFixed(0)} s`,
      // Okta's windows are fixed minutes: the first 600 calls go at once, each further 600 waits a window.
      'rate-limit minimum': `${Math.floor((calls - 1) / RATE_LIMIT_PER_MINUTE) * 60} s`,
      'wall time': `${((performance.now() - wallStart) / 1000).toFixed(1)} s (clock ×${SPEED_UP})`,
    };
  },
};
