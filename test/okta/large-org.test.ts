// The L synthetic org (10,000 people, 800 groups, 300 apps): people are sharded so no
// Okta stack exceeds 2,500 resources, and everyone and every membership lands exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { shardOf } from '../../lib/okta/people-shards';
import type { StackSpec } from '../../lib/okta/spec';
import { MAX_RESOURCES_PER_STACK, oversizedStacks } from '../../lib/okta/stack-limits';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';
import { TODAY } from './support/example';

let dir: string;
let stacks: StackSpec[];
let people: string[];
let explicitMemberships: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'okta-large-'));
  writeOrg(dir, generateOrg({ size: 'L', today: TODAY }));
  const model = checkOrg(dir, { today: TODAY }).model!;
  people = model.people.map((p) => p.id);
  explicitMemberships = model.groups
    .filter((g) => g.side === 'it' && g.kind === 'explicit')
    .reduce((n, g) => n + g.members.length, 0);
  stacks = oktaDesiredState(model);
}, 20_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const users = (s: StackSpec) => s.resources.filter((r) => r.type === 'okta:user/user:User');

describe('Okta desired state of the L org', () => {
  test('it, seven people shards, security', () => {
    expect(stacks.map((s) => s.stack)).toEqual([
      'it',
      ...Array.from({ length: 7 }, (_, i) => `it-people-${i}`),
      'security',
    ]);
  });

  test(`no stack over ${MAX_RESOURCES_PER_STACK} resources`, () => {
    expect(oversizedStacks(stacks)).toEqual([]);
    for (const s of stacks)
      expect([s.stack, s.resources.length <= MAX_RESOURCES_PER_STACK]).toEqual([s.stack, true]);
  });

  test('users live only in shards, about 1,430 each (about 0.7 GB under the Pulumi SDK)', () => {
    expect(users(stacks[0])).toEqual([]);
    for (const s of stacks.slice(1, -1)) expect(users(s).length).toBeLessThan(1600);
  });

  test('every person exactly once, in the shard their id hashes to', () => {
    const placed = stacks.flatMap((s) => users(s).map((u) => [u.name.slice('user.'.length), s.stack]));
    expect(placed.map(([id]) => id).sort()).toEqual([...people].sort());
    for (const [id, stack] of placed) expect(stack).toBe(`it-people-${shardOf(id, 7)}`);
  });

  test('every explicit membership exactly once, in its person’s shard', () => {
    const listed = stacks
      .slice(1, -1)
      .flatMap((s) =>
        s.resources
          .filter((r) => r.type === 'okta:index/groupMemberships:GroupMemberships')
          .flatMap((r) => (r.inputs.users as { $activeUsers: { $ref: string }[] }).$activeUsers),
      );
    expect(listed).toHaveLength(explicitMemberships);
  });

  test('shards read group ids from the it stack, and own only part of each group', () => {
    const shard = stacks[1];
    expect(shard.lookups).toEqual([
      { kind: 'stack-output', name: 'stack.it', stack: 'it' },
      {
        kind: 'invoke',
        name: 'users.inactive',
        token: 'okta:user/getUsers:getUsers',
        args: { searches: [{ expression: 'status eq "SUSPENDED" or status eq "DEPROVISIONED"' }] },
      },
    ]);
    const membership = shard.resources.find(
      (r) => r.type === 'okta:index/groupMemberships:GroupMemberships',
    )!;
    expect(membership.inputs.trackAllUsers).toBe(false);
    expect(membership.inputs.groupId).toEqual({
      $lookup: 'stack.it',
      property: `groupIds.${membership.name.slice('group-members.'.length)}`,
    });
    expect(Object.keys(stacks[0].outputs.groupIds)).toHaveLength(800);
  });
});
