// Spreading people over several Pulumi stacks when one would be too big: the Pulumi SDK
// costs ~0.5 MB and ~10 ms per user, and a stack should stay under 2,500 resources. Each
// person lands in a shard by a jump consistent hash of their id (Lamping & Veach, 2014):
// joiners and leavers never move anyone else, and growing from n to n+1 shards moves only
// 1/(n+1) of people (each move is a `pulumi state move`, see README).
import { createHash } from 'node:crypto';

/** Users per stack before people are sharded; with their memberships, well under 2,500. */
export const USERS_PER_STACK = 1500;

/** The number of people stacks: 1 (people stay in `it`) up to `perStack` people. */
export function shardCount(people: number, perStack = USERS_PER_STACK): number {
  return Math.max(1, Math.ceil(people / perStack));
}

const MASK_64 = (1n << 64n) - 1n;

/** Jump consistent hash: a bucket in [0, buckets) for a 64-bit key. */
export function jumpHash(key: bigint, buckets: number): number {
  let bucket = -1;
  let next = 0;
  let k = key & MASK_64;
  while (next < buckets) {
    bucket = next;
    k = (k * 2862933555777941757n + 1n) & MASK_64;
    next = Math.floor((bucket + 1) * (2147483648 / (Number(k >> 33n) + 1)));
  }
  return bucket;
}

/** The shard of a person: stable for their id, whoever else joins or leaves. */
export function shardOf(personId: string, shards: number): number {
  if (shards <= 1) return 0;
  return jumpHash(createHash('sha256').update(personId).digest().readBigUInt64BE(0), shards);
}

export const peopleStackName = (shard: number) => `it-people-${shard}`;
