// "offboard 100 / 1,000 people": leavers of the synthetic M org offboarded (every step but
// the deactivation, which waits out the grace period) against the fake Okta org
// (contract-checked) behind Okta's published rate limits (test-doubles/okta-rate-limits.ts:
// users 600/min, groups 500/min, apps 100/min, others 1,200/min, 75 concurrent requests).
// Leavers run WORKERS at a time, each worker with its own Okta client (as separate Lambda
// containers or CLI runs would have), sharing the audit trail and the leases. A real run
// takes many minutes (apps at 100/min binds), so time is simulated on a clock sped up
// 20× (100 people) or 40× (1,000): the row reports the simulated time against the rate-limit lower bound (each
// bucket's calls over its per-minute limit, on Okta's fixed one-minute windows), and the
// real wall time it took.
import { MemoryAuditStore } from '../lib/lifecycle/audit/memory-audit-store';
import { MemoryAwsAccessDenial } from '../lib/lifecycle/aws-access/aws-access-denial';
import { MemoryLeaseStore } from '../lib/lifecycle/lease/memory-lease-store';
import { lifecycleDirectory } from '../lib/lifecycle/lifecycle-directory';
import type { LifecycleDeps } from '../lib/lifecycle/lifecycle-step';
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
import { RateLimitedOkta } from '../test-doubles/okta-rate-limits';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';
import { rateLimitFigures } from './rate-limit-figures';

const WORKERS = 40;

function offboardBench(leavers: number, speedUp: number): BenchStep {
  return {
    name: `offboard ${leavers.toLocaleString('en')} people`,
    cases: ['M'],
    runs: 1,
    target: 'simulated time ≤ 1.2× the rate-limit bound; 0 failures from 429s',
    run: (dir) => offboardMany(dir, leavers, speedUp),
  };
}

export const offboard100Bench = offboardBench(100, 20);
export const offboard1000Bench = offboardBench(1000, 40);

async function offboardMany(
  dir: string,
  count: number,
  speedUp: number,
): Promise<Record<string, string | number>> {
  const checked = checkOrg(dir, { today: BENCH_TODAY });
  if (!checked.model) throw new Error('bench org is invalid');
  const directory = lifecycleDirectory(checked.model);
  const clock = new ScaledClock(Date.parse(`${BENCH_TODAY}T09:00:00.000Z`), speedUp);
  const state = new FakeOktaState(() => clock.now());
  seedFromDirectory(state, directory, BENCH_TODAY);
  // The fake's own (org-wide) limit out of the way: the proxy enforces Okta's buckets.
  const fake = await FakeOktaServer.start(state, { now: () => clock.now(), rateLimitPerMinute: 1e9 });
  const okta = await RateLimitedOkta.start(fake.url, () => clock.now());
  const attempts: OktaAttempt[] = [];
  const shared = {
    aws: new MemoryAwsAccessDenial(identityCenterUsers(directory)),
    notifier: new MemoryNotifier(),
    audit: new MemoryAuditStore(),
    directory,
    clock,
  };
  const leases = new MemoryLeaseStore();
  const worker = (): LifecycleDeps => ({
    ...shared,
    okta: new SdkOktaDirectory(
      createOktaClient(
        { kind: 'api-token', orgUrl: okta.url, token: FAKE_OKTA_TOKEN },
        { clock, policy: DEFAULT_RETRY_POLICY, onAttempt: (a) => attempts.push(a) },
      ),
      clock,
    ),
  });
  const queue = directory.people.filter((p) => p.start <= BENCH_TODAY).slice(0, count);
  const failures: string[] = [];
  // Start on a fresh rate-limit window (setting up took simulated time), so the figures compare.
  await clock.sleep(60_000 - (clock.now() % 60_000));
  const start = clock.now();
  const wallStart = performance.now();
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(WORKERS, queue.length) }, async (_, w) => {
        const deps = worker();
        for (let i = next++; i < queue.length; i = next++) {
          const person = queue[i];
          try {
            await offboardPerson(
              deps,
              { person: person.id, actor: 'bench', today: BENCH_TODAY, now: true },
              { leases, holder: `bench-worker-${w}` },
            );
          } catch (error) {
            failures.push(`${person.id}: ${(error as Error).message}`);
          }
        }
      }),
    );
  } finally {
    await okta.close();
    await fake.close();
  }
  if (fake.violations.length)
    throw new Error(`contract violations: ${fake.violations.slice(0, 3).join('; ')}`);
  if (failures.length)
    throw new Error(`${failures.length} offboardings failed: ${failures.slice(0, 3).join('; ')}`);
  const simulatedS = (clock.now() - start) / 1000;
  const calls = fake.log.length;
  return {
    people: queue.length,
    'calls/person': (calls / queue.length).toFixed(1),
    'changes/person': (fake.mutations().length / queue.length).toFixed(1),
    ...rateLimitFigures(okta, simulatedS),
    'wall time': `${((performance.now() - wallStart) / 1000).toFixed(1)} s (fake clock ×${speedUp})`,
  };
}
