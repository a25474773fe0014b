import {
  OktaAmbiguousOutcomeError,
  OktaRateLimitError,
  OktaUnavailableError,
} from '../../../lib/lifecycle/okta/okta-errors';
import { FAKE_OKTA_TOKEN } from '../../../test-doubles/okta/fake-okta-server';
import { ISABEL } from '../support/isabel';
import { type Harness, LifecycleHarness, TEST_POLICY } from '../support/lifecycle-harness';

let harness: LifecycleHarness;
let h: Harness;
beforeAll(async () => {
  harness = await LifecycleHarness.start();
});
afterAll(() => harness.close());
afterEach(() => expect(h.fake.violations).toEqual([]));

const statuses = () => h.attempts.map((a) => a.status);
const find = () => h.deps.okta.findUser(ISABEL.email);

describe('rate limits', () => {
  beforeEach(() => {
    h = harness.fresh();
  });

  test('429 with X-Rate-Limit-Reset: waits until the reset (by Okta clock) plus jitter, then succeeds', async () => {
    h.fake.inject({ status: 429, resetHeader: true });
    expect(await find()).toMatchObject({ login: ISABEL.email, status: 'ACTIVE' });
    expect(statuses()).toEqual([429, 200]);
    // 09:00:00 → the window resets at 09:01:00; one second of header rounding, 500 ms of jitter.
    expect(h.clock.sleeps).toEqual([61_500]);
  });

  test('429 without the header: exponential backoff with full jitter', async () => {
    h.fake.inject({ status: 429, resetHeader: false }, { status: 429, resetHeader: false });
    await find();
    expect(statuses()).toEqual([429, 429, 200]);
    expect(h.clock.sleeps).toEqual([100, 200]);
  });

  test('repeated 429s: gives up after the allowed attempts with a rate-limit error the workflow retries on', async () => {
    h.fake.inject(...Array(4).fill({ status: 429, resetHeader: true }));
    const attempt = find();
    await expect(attempt).rejects.toThrow(OktaRateLimitError);
    await expect(attempt).rejects.toThrow(
      'Okta rate limit: GET /api/v1/users/isabel.santos%40acme.example still got 429 after 4 attempts',
    );
    expect(statuses()).toEqual([429, 429, 429, 429]);
    expect(h.clock.sleeps).toHaveLength(3);
  });

  test('a reset further away than the cap: waits only the cap', async () => {
    h = harness.fresh({ policy: { ...TEST_POLICY, maxRateLimitWaitMs: 10_000 } });
    h.fake.inject({ status: 429, resetHeader: true });
    await find();
    expect(h.clock.sleeps).toEqual([10_000]);
  });

  test('paces itself when Okta says the window is spent, instead of running into 429s', async () => {
    h = harness.fresh({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 5; i++) await find();
    expect(h.fake.log.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(h.clock.sleeps).toEqual([61_500]);
  });
});

describe('server errors and timeouts', () => {
  beforeEach(() => {
    h = harness.fresh();
  });

  test('5xx on a read: retried with backoff', async () => {
    h.fake.inject({ status: 500 }, { status: 503 });
    expect(await find()).toMatchObject({ status: 'ACTIVE' });
    expect(statuses()).toEqual([500, 503, 200]);
    expect(h.clock.sleeps).toEqual([100, 200]);
  });

  test('5xx on a change: not re-sent (Okta may have made it), an ambiguous outcome naming the call', async () => {
    const user = (await find())!;
    h.fake.inject({ status: 502 });
    const attempt = h.deps.okta.suspendUser(user.id);
    await expect(attempt).rejects.toThrow(OktaAmbiguousOutcomeError);
    await expect(attempt).rejects.toMatchObject({
      message: `Okta's answer to POST /api/v1/users/${user.id}/lifecycle/suspend was lost (HTTP 502): the change may or may not have been made`,
      lost: 'HTTP 502',
      requestId: h.fake.log[1].requestId,
    });
    expect(statuses()).toEqual([200, 502]);
    expect(h.clock.sleeps).toEqual([]);
  });

  test('made, then the answer lost (5xx, a reset, a timeout): an ambiguous outcome, sent once', async () => {
    const user = (await find())!;
    h = harness.fresh({ policy: { ...TEST_POLICY, attemptTimeoutMs: 300 } });
    await h.deps.okta.findUser(ISABEL.email);
    h.fake.injectFor('suspendUser', { apply: true, thenStatus: 504 });
    await expect(h.deps.okta.suspendUser(user.id)).rejects.toThrow('was lost (HTTP 504)');
    h.fake.injectFor('unlockUser', { reset: true });
    await expect(h.deps.okta.unlockUser(user.id)).rejects.toThrow(/was lost \(connection error ECONNRESET\)/);
    h.fake.injectFor('revokeUserSessions', { apply: true, thenHangMs: 2_000 });
    await expect(h.deps.okta.revokeSessions(user.id)).rejects.toThrow('was lost (timed out)');
    expect(
      h.fake.log.filter((r) => r.mutating).map((r) => [r.operationId, r.status, r.lost ?? false]),
    ).toEqual([
      ['suspendUser', 200, true],
      ['unlockUser', 'dropped', false],
      ['revokeUserSessions', 204, true],
    ]);
    expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
  });

  test('a 429 on a change is re-sent: Okta refuses before acting', async () => {
    const user = (await find())!;
    h.fake.inject({ status: 429, resetHeader: false });
    await h.deps.okta.suspendUser(user.id);
    expect(statuses()).toEqual([200, 429, 200]);
    expect(h.fake.mutations()).toHaveLength(1);
  });

  test('a dropped connection on a read: retried', async () => {
    h.fake.inject({ reset: true });
    expect(await find()).toMatchObject({ status: 'ACTIVE' });
    expect(statuses()).toEqual(['network-error', 200]);
  });

  test('5xx every time: gives up with an error naming the call', async () => {
    h.fake.inject(...Array(4).fill({ status: 502 }));
    await expect(find()).rejects.toThrow(
      new OktaUnavailableError(
        'Okta unavailable: GET /api/v1/users/isabel.santos%40acme.example failed 4 times (last: HTTP 502)',
      ),
    );
  });

  test('a timed-out attempt is abandoned and retried', async () => {
    await find(); // the fake compiles this operation's contract validators on first use
    h = harness.fresh({ policy: { ...TEST_POLICY, attemptTimeoutMs: 150 } });
    h.fake.inject({ hangMs: 2_000 });
    expect(await find()).toMatchObject({ status: 'ACTIVE' });
    expect(statuses()).toEqual(['timeout', 200]);
  });

  test('timing out every time: gives up', async () => {
    await find();
    h = harness.fresh({ policy: { ...TEST_POLICY, attemptTimeoutMs: 100, maxAttempts: 2 } });
    h.fake.inject({ hangMs: 2_000 }, { hangMs: 2_000 });
    await expect(find()).rejects.toThrow(
      'Okta unavailable: GET /api/v1/users/isabel.santos%40acme.example failed 2 times (last: timed out)',
    );
  });

  test('an unknown user is undefined, not an error', async () => {
    expect(await h.deps.okta.findUser('nobody@acme.example')).toBeUndefined();
  });
});

describe("the fake holds everyone to Okta's contract", () => {
  beforeEach(() => {
    h = harness.fresh();
  });

  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${h.fake.url}${path}`, {
      ...init,
      headers: { Authorization: `SSWS ${FAKE_OKTA_TOKEN}`, Accept: 'application/json', ...init.headers },
    });

  test('a request with a parameter of the wrong type is caught', async () => {
    const response = await raw('/api/v1/users/00u1/grants?limit=lots');
    expect(response.status).toBe(400);
    expect(h.fake.violations).toHaveLength(1);
    expect(h.fake.violations[0]).toMatch(
      /^GET \/api\/v1\/users\/00u1\/grants\?limit=lots: request breaks the contract: .*"instancePath":"\/query\/limit".*"must be integer"/,
    );
    h.fake.violations.length = 0;
  });

  test('a route Okta does not have, and a method a route does not take, are caught', async () => {
    await raw('/api/v1/userz/00u1');
    await raw('/api/v1/users/00u1/lifecycle/suspend', { method: 'DELETE' });
    expect(h.fake.violations).toEqual([
      "GET /api/v1/userz/00u1: no such operation in Okta's contract",
      "DELETE /api/v1/users/00u1/lifecycle/suspend: no such operation in Okta's contract",
    ]);
    h.fake.violations.length = 0;
  });

  test('an off-contract response from the fake itself is caught', async () => {
    (h.state.findUser(ISABEL.email)! as { status: string }).status = 'ON_HOLIDAY';
    await find();
    expect(h.fake.violations).toHaveLength(1);
    expect(h.fake.violations[0]).toMatch(
      /^GET \/api\/v1\/users\/isabel.santos%40acme.example: response 200 breaks the contract: .*\/status/,
    );
    h.fake.violations.length = 0;
  });

  test('a request without the API token is caught', async () => {
    await fetch(`${h.fake.url}/api/v1/users/00u1`);
    expect(h.fake.violations).toEqual(['GET /api/v1/users/00u1: missing or wrong API token']);
    h.fake.violations.length = 0;
  });
});
