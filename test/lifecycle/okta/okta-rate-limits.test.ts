// The proxy the offboarding benchmark puts in front of the fake Okta org: Okta's published
// per-bucket limits (users, groups, apps, others) on fixed one-minute windows.

import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../../../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../../../test-doubles/okta/fake-okta-state';
import { bucketOf, RateLimitedOkta } from '../../../test-doubles/okta-rate-limits';

test('requests fall into the buckets Okta publishes limits for', () => {
  expect(
    [
      '/api/v1/users/00u1/lifecycle/suspend',
      '/api/v1/users?search=x',
      '/api/v1/groups/00g1/users/00u1',
      '/api/v1/apps?filter=user.id+eq+%2200u1%22',
      '/api/v1/apps/0oa1/users/00u1',
      '/oauth2/v1/clients',
      '/api/v1/usersx',
    ].map(bucketOf),
  ).toEqual(['users', 'users', 'groups', 'apps', 'apps', 'others', 'others']);
});

test("a bucket's window spent: 429 with its limit and reset; other buckets go on; the next window admits again", async () => {
  let now = Date.parse('2026-11-23T09:00:00.000Z');
  const fake = await FakeOktaServer.start(new FakeOktaState(() => now), {
    now: () => now,
    rateLimitPerMinute: 1e9,
  });
  const okta = await RateLimitedOkta.start(fake.url, () => now, {
    perMinute: { users: 2, groups: 500, apps: 1, others: 1200 },
    concurrent: 75,
  });
  const get = async (path: string) => {
    const res = await fetch(`${okta.url}${path}`, { headers: { authorization: `SSWS ${FAKE_OKTA_TOKEN}` } });
    await res.text();
    return [
      res.status,
      res.headers.get('x-rate-limit-limit'),
      res.headers.get('x-rate-limit-remaining'),
      res.headers.get('x-rate-limit-reset'),
    ];
  };
  try {
    const reset = String(Date.parse('2026-11-23T09:01:00.000Z') / 1000);
    expect(await get('/api/v1/apps')).toEqual([200, '1', '0', reset]);
    expect(await get('/api/v1/apps')).toEqual([429, '1', '0', reset]);
    expect(await get('/api/v1/users/nobody%40acme.example')).toEqual([404, '2', '1', reset]);
    now += 60_000;
    expect((await get('/api/v1/apps'))[0]).toBe(200);
    expect(okta.admitted).toMatchObject({ apps: 2, users: 1 });
    expect(okta.rejected).toMatchObject({ apps: 1, users: 0, concurrent: 0 });
    expect(fake.violations).toEqual([]);
  } finally {
    await okta.close();
    await fake.close();
  }
});
