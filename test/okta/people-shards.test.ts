import fc from 'fast-check';
import { jumpHash, peopleStackName, shardCount, shardOf } from '../../lib/okta/people-shards';

const ids = Array.from({ length: 3000 }, (_, i) => `person-${i}`);

describe('shardCount', () => {
  test.each([
    [0, 1],
    [1500, 1],
    [1501, 2],
    [10_000, 7],
  ])('%i people → %i stacks', (people, shards) => {
    expect(shardCount(people)).toBe(shards);
  });
});

describe('shardOf: a jump consistent hash of the person id', () => {
  test('always in range, and the same for the same id', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (id, n) => {
        const s = shardOf(id, n);
        return s >= 0 && s < n && shardOf(id, n) === s;
      }),
    );
  });

  test('one shard: everyone in shard 0', () => {
    expect(new Set(ids.map((id) => shardOf(id, 1)))).toEqual(new Set([0]));
  });

  test('depends on the id only: joiners and leavers move no one else', () => {
    const before = new Map(ids.map((id) => [id, shardOf(id, 7)]));
    const after = [...ids.slice(100), 'new-hire-1', 'new-hire-2'];
    for (const id of after.filter((x) => before.has(x))) expect(shardOf(id, 7)).toBe(before.get(id));
  });

  test('growing from n to n+1 shards moves only about 1/(n+1) of people, all to the new shard', () => {
    const moved = ids.filter((id) => shardOf(id, 7) !== shardOf(id, 8));
    expect(moved.length / ids.length).toBeGreaterThan(0.09);
    expect(moved.length / ids.length).toBeLessThan(0.16);
    expect(new Set(moved.map((id) => shardOf(id, 8)))).toEqual(new Set([7]));
  });

  test('spreads people evenly', () => {
    const sizes = Array.from({ length: 7 }, (_, s) => ids.filter((id) => shardOf(id, 7) === s).length);
    for (const size of sizes) expect(Math.abs(size - ids.length / 7)).toBeLessThan(ids.length / 7 / 5);
  });

  test('jumpHash matches the reference implementation’s test vectors', () => {
    // The vectors of github.com/dgryski/go-jump: a change here would move people between stacks.
    expect([
      jumpHash(1n, 1),
      jumpHash(42n, 57),
      jumpHash(0xdead10ccn, 1),
      jumpHash(0xdead10ccn, 666),
    ]).toEqual([0, 43, 0, 361]);
    expect(jumpHash(256n, 1024)).toBe(520);
  });

  test('shardOf is pinned for known ids', () => {
    expect(['dana-whitfield', 'p-000001', 'p-009999'].map((id) => shardOf(id, 7))).toEqual([0, 4, 0]);
  });

  test('stack names', () => {
    expect(peopleStackName(3)).toBe('it-people-3');
  });
});
