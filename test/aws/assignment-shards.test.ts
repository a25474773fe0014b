import { assignmentCost, planAssignmentShards, stableHash } from '../../lib/aws/assignment-shards';
import type { AccountAssignment } from '../../lib/aws/grant-assignments';

const assignment = (group: string, permissionSet: string, account: string): AccountAssignment => ({
  group,
  permissionSet,
  account,
  accountId: '123456789012',
});

/** n groups × 1 permission set × `accounts` accounts. */
const org = (groups: number, accounts: number) =>
  Array.from({ length: groups }, (_, g) =>
    Array.from({ length: accounts }, (_, a) => assignment(`g-${g}`, 'read-only', `a-${a}`)),
  ).flat();

describe('assignmentCost', () => {
  test('counts one resource per assignment plus one lookup per distinct group', () => {
    expect(
      assignmentCost([assignment('a', 'x', '1'), assignment('a', 'y', '1'), assignment('b', 'x', '2')]),
    ).toBe(5);
  });
});

describe('stableHash', () => {
  test('is FNV-1a 32-bit', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
  });
});

describe('planAssignmentShards', () => {
  const budget = { main: 30, shard: 50 };

  test('keeps everything in the main stack while it fits', () => {
    const all = org(5, 5);
    expect(planAssignmentShards(all, budget)).toEqual({ main: all, shards: new Map() });
  });

  test('splits by (group, permission set) into shards within budget, losing nothing', () => {
    const all = org(20, 8);
    const plan = planAssignmentShards(all, budget);
    expect(plan.main).toEqual([]);
    expect(plan.shards.size).toBeGreaterThanOrEqual(4);
    for (const shard of plan.shards.values()) expect(assignmentCost(shard)).toBeLessThanOrEqual(50);
    expect([...plan.shards.values()].flat().length).toBe(all.length);
    const groupsIn = [...plan.shards.values()].map((s) => new Set(s.map((a) => a.group)));
    for (let g = 0; g < 20; g++) expect(groupsIn.filter((s) => s.has(`g-${g}`))).toHaveLength(1);
  });

  test('never moves other grants when one grant is added', () => {
    const before = planAssignmentShards(org(20, 8), budget);
    const after = planAssignmentShards([...org(20, 8), assignment('g-new', 'read-only', 'a-0')], budget);
    expect(after.shards.size).toBe(before.shards.size);
    for (const [n, shard] of before.shards) {
      expect(after.shards.get(n)!.filter((a) => a.group !== 'g-new')).toEqual(shard);
    }
  });

  test('says what to do when one grant alone is too big for a stack', () => {
    expect(() => planAssignmentShards(org(1, 60), budget)).toThrow(
      'group "g-0" is granted permission set "read-only" in 60 accounts, more than one stack can hold (49): split the grant across two permission sets',
    );
  });
});
