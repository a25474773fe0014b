// Splits a side's account assignments across stacks so none exceeds CloudFormation's 500
// resources. The unit is a (group, permission set) pair, so one group lookup serves all its
// assignments in a stack; a pair's stack is chosen by a stable hash of its ids, so adding or
// removing a grant never moves other grants between stacks (only a change in the number of
// stacks does, and that shows in the plan as removals in one stack and additions in another).
import type { AccountAssignment } from './grant-assignments';

export interface ShardBudget {
  /** Assignments + group lookups the side's main stack may hold before splitting. */
  readonly main: number;
  /** Assignments + group lookups per shard stack. */
  readonly shard: number;
}

/** Leaves room in every stack for permission sets, the lookup provider and (IT) the lifecycle automation. */
export const DEFAULT_SHARD_BUDGET: ShardBudget = { main: 300, shard: 450 };

export interface ShardPlan {
  /** Assignments kept in the main stack (all of them when no split is needed). */
  readonly main: readonly AccountAssignment[];
  /** Shard number (1-based, stable) → its assignments; empty when no split is needed. */
  readonly shards: ReadonlyMap<number, readonly AccountAssignment[]>;
}

/** Resources an assignment set needs: one per assignment plus one lookup per distinct group. */
export function assignmentCost(assignments: readonly AccountAssignment[]): number {
  return assignments.length + new Set(assignments.map((a) => a.group)).size;
}

/** 32-bit FNV-1a: tiny, stable across Node versions and platforms. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const MAX_SHARDS = 256;

export function planAssignmentShards(
  assignments: readonly AccountAssignment[],
  budget: ShardBudget = DEFAULT_SHARD_BUDGET,
): ShardPlan {
  if (assignmentCost(assignments) <= budget.main) return { main: assignments, shards: new Map() };

  const units = new Map<string, AccountAssignment[]>();
  for (const a of assignments) {
    const key = `${a.group}/${a.permissionSet}`;
    units.set(key, [...(units.get(key) ?? []), a]);
  }
  for (const [key, unit] of units) {
    if (assignmentCost(unit) > budget.shard) {
      const [group, permissionSet] = key.split('/');
      throw new Error(
        `group "${group}" is granted permission set "${permissionSet}" in ${unit.length} accounts, more than one stack can hold (${budget.shard - 1}): split the grant across two permission sets`,
      );
    }
  }

  const keys = [...units.keys()].sort();
  const least = Math.ceil(assignmentCost(assignments) / budget.shard);
  for (let count = 2 ** Math.ceil(Math.log2(Math.max(1, least))); count <= MAX_SHARDS; count *= 2) {
    const buckets = new Map<number, AccountAssignment[]>();
    for (const key of keys) {
      const shard = (stableHash(key) % count) + 1;
      buckets.set(shard, [...(buckets.get(shard) ?? []), ...units.get(key)!]);
    }
    if ([...buckets.values()].every((b) => assignmentCost(b) <= budget.shard)) {
      const sorted = [...buckets.entries()].sort(([a], [b]) => a - b);
      return { main: [], shards: new Map(sorted) };
    }
  }
  throw new Error(`${assignments.length} account assignments do not fit in ${MAX_SHARDS} stacks`);
}
