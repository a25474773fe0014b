// "import okta": `blueprint import okta`'s read of the synthetic M org (1,000 people, their
// groups, rules, memberships and apps, seeded as the lifecycle sees them) from the fake Okta
// org (contract-checked) behind Okta's published rate limits (test-doubles/okta-rate-limits.ts:
// users 600/min, groups 500/min, apps 100/min, others 1,200/min, 75 concurrent requests),
// then the mapping to config. Time is simulated on a clock sped up 4× (less would wait out the window in real time; more multiplies the CPU time the fake spends checking its contract): the row reports the
// calls by bucket and the simulated time against the rate-limit lower bound (each bucket's
// calls over its per-minute limit, on Okta's fixed one-minute windows), and the wall time.
import { importOkta } from '../lib/import/okta/import-okta';
import { readOktaOrg } from '../lib/import/okta/read-okta-org';
import { lifecycleDirectory } from '../lib/lifecycle/lifecycle-directory';
import { createOktaClient } from '../lib/lifecycle/okta/create-okta-client';
import { DEFAULT_RETRY_POLICY } from '../lib/lifecycle/okta/retry-policy';
import { checkOrg } from '../lib/policy/check-org';
import { ScaledClock } from '../test-doubles/clocks';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../test-doubles/okta/fake-okta-state';
import { seedFromDirectory } from '../test-doubles/okta/seed-from-directory';
import { RateLimitedOkta } from '../test-doubles/okta-rate-limits';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';
import { rateLimitFigures } from './rate-limit-figures';

const SPEED_UP = 4;

export const importOktaBench: BenchStep = {
  name: 'import okta',
  cases: ['M'],
  runs: 1,
  target: 'simulated time ≤ 1.2× the rate-limit bound; 0 failures from 429s',
  run: (dir) => importM(dir),
};

async function importM(dir: string): Promise<Record<string, string | number>> {
  const checked = checkOrg(dir, { today: BENCH_TODAY });
  if (!checked.model) throw new Error('bench org is invalid');
  const directory = lifecycleDirectory(checked.model);
  const clock = new ScaledClock(Date.parse(`${BENCH_TODAY}T09:00:00.000Z`), SPEED_UP);
  const state = new FakeOktaState(() => clock.now());
  seedFromDirectory(state, directory, BENCH_TODAY);
  // The fake's own (org-wide) limit out of the way: the proxy enforces Okta's buckets.
  const fake = await FakeOktaServer.start(state, { now: () => clock.now(), rateLimitPerMinute: 1e9 });
  const okta = await RateLimitedOkta.start(fake.url, () => clock.now());
  const client = createOktaClient(
    { kind: 'api-token', orgUrl: okta.url, token: FAKE_OKTA_TOKEN },
    { clock, policy: DEFAULT_RETRY_POLICY },
  );
  // Start on a fresh rate-limit window (setting up took simulated time), so the figures compare.
  await clock.sleep(60_000 - (clock.now() % 60_000));
  const start = clock.now();
  const wallStart = performance.now();
  let result: ReturnType<typeof importOkta>;
  try {
    const snapshot = await readOktaOrg(client, okta.url);
    result = importOkta(snapshot, {}, { today: BENCH_TODAY, display: 'config' });
  } finally {
    await okta.close();
    await fake.close();
  }
  if (fake.violations.length)
    throw new Error(`contract violations: ${fake.violations.slice(0, 3).join('; ')}`);
  if (fake.mutations().length) throw new Error(`the import changed Okta: ${fake.mutations().length} writes`);
  const simulatedS = (clock.now() - start) / 1000;
  return {
    people: state.users.length,
    calls: fake.log.length,
    ...rateLimitFigures(okta, simulatedS),
    'imported config': result.checked.ok ? 'valid' : 'invalid',
    'wall time': `${((performance.now() - wallStart) / 1000).toFixed(1)} s (fake clock ×${SPEED_UP})`,
  };
}
