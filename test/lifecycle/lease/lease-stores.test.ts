// The lease stores (memory, files, DynamoDB on a local dynalite): one holder at a time, a
// renewal keeps `since`, an expired lease is taken over, a release by anyone but the
// holder does nothing, and of many runs racing for a free lease exactly one gets it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbLeaseStore } from '../../../lib/lifecycle/lease/dynamodb-lease-store';
import { FileLeaseStore } from '../../../lib/lifecycle/lease/file-lease-store';
import type { LeaseRequest, LeaseStore } from '../../../lib/lifecycle/lease/lease-store';
import { MemoryLeaseStore } from '../../../lib/lifecycle/lease/memory-lease-store';
import { type LocalDynamoDb, startLocalDynamoDb, TABLES } from '../handlers/support/local-dynamodb';

let db: LocalDynamoDb;
beforeAll(async () => {
  db = await startLocalDynamoDb();
});
afterAll(() => db.stop());

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const MINUTE = 60_000;
let n = 0;
const request = (holder: string, now: number, key: string): LeaseRequest => ({
  key,
  holder,
  actor: `cli:${holder}`,
  caseId: `${key}/2026-11-13`,
  now,
  ttlMs: 15 * MINUTE,
});

const stores: [string, () => LeaseStore][] = [
  ['memory', () => new MemoryLeaseStore()],
  ['file', () => new FileLeaseStore(mkdtempSync(join(tmpdir(), 'leases-')))],
  ['DynamoDB', () => new DynamoDbLeaseStore(DynamoDBDocumentClient.from(db.client), TABLES.leases)],
];

describe.each(stores)('%s lease store', (_, make) => {
  let store: LeaseStore;
  let key: string;
  beforeEach(() => {
    store = make();
    key = `offboard/person-${++n}`;
  });

  test('one holder at a time: the second is told who holds it, for which case, since when', async () => {
    expect(await store.acquire(request('a', T0, key))).toEqual({
      taken: true,
      lease: {
        key,
        holder: 'a',
        actor: 'cli:a',
        caseId: `${key}/2026-11-13`,
        since: '2026-11-23T09:00:00.000Z',
        expiresAt: '2026-11-23T09:15:00.000Z',
      },
    });
    expect(await store.acquire(request('b', T0 + MINUTE, key))).toEqual({
      taken: false,
      held: expect.objectContaining({ holder: 'a', since: '2026-11-23T09:00:00.000Z' }),
    });
  });

  test('the holder renews it: later expiry, same since', async () => {
    await store.acquire(request('a', T0, key));
    const renewed = await store.acquire(request('a', T0 + 10 * MINUTE, key));
    expect(renewed).toMatchObject({
      taken: true,
      lease: { since: '2026-11-23T09:00:00.000Z', expiresAt: '2026-11-23T09:25:00.000Z' },
    });
    expect(await store.acquire(request('b', T0 + 20 * MINUTE, key))).toMatchObject({ taken: false });
  });

  test('an expired lease (its run was killed) is taken over', async () => {
    await store.acquire(request('a', T0, key));
    expect(await store.acquire(request('b', T0 + 15 * MINUTE, key))).toMatchObject({
      taken: true,
      lease: { holder: 'b', since: '2026-11-23T09:15:00.000Z' },
    });
    // The killed run, back: it lost the lease.
    expect(await store.acquire(request('a', T0 + 16 * MINUTE, key))).toMatchObject({
      taken: false,
      held: { holder: 'b' },
    });
  });

  test('released by its holder it is free; a release by anyone else does nothing', async () => {
    await store.acquire(request('a', T0, key));
    await store.release(key, 'b');
    expect(await store.get(key)).toMatchObject({ holder: 'a' });
    await store.release(key, 'a');
    expect(await store.get(key)).toBeUndefined();
    expect(await store.acquire(request('b', T0 + MINUTE, key))).toMatchObject({ taken: true });
  });

  test('of ten runs racing for a free lease, exactly one gets it', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.acquire(request(`run-${i}`, T0, key))),
    );
    const winners = results.filter((r) => r.taken);
    expect(winners).toHaveLength(1);
    const holder = winners[0].taken ? winners[0].lease.holder : '';
    expect(results.filter((r) => !r.taken).map((r) => (r.taken ? '' : r.held.holder))).toEqual(
      Array(9).fill(holder),
    );
  });
});
