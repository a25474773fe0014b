// Everything a lifecycle test needs: the example org's directory, a fake Okta org seeded
// from it (one server per test file, fresh state per test), the real SDK-based Okta client
// pointed at it with a virtual clock, and in-memory AWS access, notifier and audit store.
import { resolve } from 'node:path';
import { MemoryAuditStore } from '../../../lib/lifecycle/audit/memory-audit-store';
import { MemoryAwsAccessDenial } from '../../../lib/lifecycle/aws-access/aws-access-denial';
import { type LifecycleDirectory, lifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import type { LifecycleDeps } from '../../../lib/lifecycle/lifecycle-step';
import { MemoryNotifier } from '../../../lib/lifecycle/notify/notifier';
import { createOktaClient } from '../../../lib/lifecycle/okta/create-okta-client';
import type { RetryPolicy } from '../../../lib/lifecycle/okta/retry-policy';
import type { OktaAttempt } from '../../../lib/lifecycle/okta/retrying-request-executor';
import { SdkOktaDirectory } from '../../../lib/lifecycle/okta/sdk-okta-directory';
import { checkOrg } from '../../../lib/policy/check-org';
import { VirtualClock } from '../../../test-doubles/clocks';
import { identityCenterUsers } from '../../../test-doubles/identity-center-users';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../../../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../../../test-doubles/okta/fake-okta-state';
import { seedFromDirectory } from '../../../test-doubles/okta/seed-from-directory';

export const TODAY = '2026-11-23';

/**
 * Retries for tests: waits are virtual (no time passes), attempt timeouts are real. The
 * fake compiles an operation's contract validators on its first request (a few hundred
 * milliseconds), so the attempt timeout is generous; timeout tests set a short one.
 */
export const TEST_POLICY: RetryPolicy = {
  maxAttempts: 4,
  attemptTimeoutMs: 3_000,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRateLimitWaitMs: 65_000,
  rateLimitJitterMs: 1_000,
};

let cached: LifecycleDirectory | undefined;

/** The example org (config/) as the lifecycle runtime sees it. */
export function exampleDirectory(): LifecycleDirectory {
  if (!cached) {
    const checked = checkOrg(resolve(__dirname, '../../../config'), { today: TODAY });
    if (!checked.model) throw new Error('the example config does not load');
    cached = lifecycleDirectory(checked.model);
  }
  return cached;
}

export interface Harness {
  readonly directory: LifecycleDirectory;
  readonly fake: FakeOktaServer;
  readonly clock: VirtualClock;
  readonly state: FakeOktaState;
  readonly deps: LifecycleDeps;
  readonly aws: MemoryAwsAccessDenial;
  readonly notifier: MemoryNotifier;
  readonly audit: MemoryAuditStore;
  readonly attempts: OktaAttempt[];
}

export class LifecycleHarness {
  private constructor(readonly fake: FakeOktaServer) {}

  static async start(): Promise<LifecycleHarness> {
    return new LifecycleHarness(await FakeOktaServer.start(new FakeOktaState(() => 0), { now: () => 0 }));
  }

  /** A fresh org, client and stores; the same server. */
  fresh(
    options: {
      policy?: RetryPolicy;
      directory?: LifecycleDirectory;
      random?: () => number;
      rateLimitPerMinute?: number;
    } = {},
  ): Harness {
    const directory = options.directory ?? exampleDirectory();
    const clock = new VirtualClock(`${TODAY}T09:00:00.000Z`);
    const state = new FakeOktaState(() => clock.now());
    seedFromDirectory(state, directory, TODAY);
    this.fake.reset(state, () => clock.now(), options.rateLimitPerMinute);
    const attempts: OktaAttempt[] = [];
    const client = createOktaClient(
      { kind: 'api-token', orgUrl: this.fake.url, token: FAKE_OKTA_TOKEN },
      {
        policy: options.policy ?? TEST_POLICY,
        clock,
        random: options.random ?? (() => 0.5),
        onAttempt: (a) => attempts.push(a),
      },
    );
    const aws = new MemoryAwsAccessDenial(identityCenterUsers(directory));
    const notifier = new MemoryNotifier();
    const audit = new MemoryAuditStore();
    const okta = new SdkOktaDirectory(client, clock);
    return {
      directory,
      fake: this.fake,
      clock,
      state,
      aws,
      notifier,
      audit,
      attempts,
      deps: { okta, aws, notifier, audit, directory, clock },
    };
  }

  close(): Promise<void> {
    return this.fake.close();
  }
}

/**
 * One fake Okta per test file and a fresh org state in it per test, checked for contract
 * violations after each. `current` is the state of the running test.
 */
export function freshHarnessPerTest(): { readonly current: Harness } {
  let harness: LifecycleHarness;
  const state = { current: undefined as unknown as Harness };
  beforeAll(async () => {
    harness = await LifecycleHarness.start();
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    state.current = harness.fresh();
  });
  afterEach(() => expect(state.current.fake.violations).toEqual([]));
  return state;
}
