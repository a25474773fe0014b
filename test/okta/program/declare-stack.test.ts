// A people shard under Pulumi's mocks: its users and memberships are exactly its specs,
// group ids come from the `it` stack's outputs through a stack reference, and anyone Okta
// shows suspended or deactivated at deploy time is left out of the memberships.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itStackSpecs } from '../../../lib/okta/it-desired-state';
import type { StackSpec } from '../../../lib/okta/spec';
import { checkOrg } from '../../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../../lib/synthetic/generate-org';
import type * as Stacks from '../../../stacks/okta-it';
import { TODAY } from '../support/example';
import {
  customResources,
  type MockRun,
  PROJECT,
  resolvedInputs,
  runUnderMocks,
} from '../support/pulumi-mocks';

const IT_STACK = `organization/${PROJECT}/it`;
let shard: StackSpec;
let stackOutputs: Record<string, unknown>;
let run: MockRun;
/** A member Okta already shows suspended (offboarded before the config says so). */
let suspended: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'okta-shard-'));
  writeOrg(dir, generateOrg({ size: 'S', today: TODAY }));
  const model = checkOrg(dir, { today: TODAY }).model!;
  rmSync(dir, { recursive: true, force: true });
  const stacks = itStackSpecs(model, { usersPerStack: 20 });
  shard = stacks.find((s) => s.stack === 'it-people-1')!;
  const groupIds = Object.fromEntries(model.groups.map((g) => [g.id, `okta-${g.id}`]));
  stackOutputs = { [IT_STACK]: { groupIds } };
  const firstMembers = shard.resources.find((r) => r.type.endsWith('GroupMemberships'))!.inputs.users as {
    $activeUsers: { $ref: string }[];
  };
  suspended = `${firstMembers.$activeUsers[0].$ref}-id`;
  run = await runUnderMocks(
    'it-people-1',
    {},
    async () => {
      // Loaded only now, after setMocks: a static import would be hoisted above it.
      const { OktaItStack }: typeof Stacks = require('../../../stacks/okta-it');
      return new OktaItStack(shard.stack, { spec: shard }).outputs;
    },
    stackOutputs,
    [{ id: suspended, status: 'SUSPENDED' }],
  );
}, 20_000);

describe('declareStack on a people shard', () => {
  test('the shard has users and memberships', () => {
    const types = new Set(shard.resources.map((r) => r.type));
    expect(types).toEqual(new Set(['okta:user/user:User', 'okta:index/groupMemberships:GroupMemberships']));
  });

  test('registers exactly its specs, group ids read from the it stack', () => {
    const registered = customResources(run);
    expect([...registered.keys()].sort()).toEqual(shard.resources.map((r) => r.name));
    for (const s of shard.resources) {
      const expected = resolvedInputs(s.inputs, shard.lookups, stackOutputs) as { users?: string[] };
      if (expected.users) expected.users = expected.users.filter((id) => id !== suspended);
      expect({ name: s.name, inputs: registered.get(s.name)!.inputs }).toEqual({
        name: s.name,
        inputs: expected,
      });
    }
    const membership = shard.resources.find((r) => r.type.endsWith('GroupMemberships'))!;
    expect(registered.get(membership.name)!.inputs.groupId).toBe(
      `okta-${membership.name.slice('group-members.'.length)}`,
    );
  });

  test('a member Okta shows suspended is left out at deploy time, found with one user search', () => {
    const users = [...customResources(run).values()]
      .filter((r) => r.type.endsWith('GroupMemberships'))
      .flatMap((r) => r.inputs.users as string[]);
    expect(users.length).toBeGreaterThan(0);
    expect(users).not.toContain(suspended);
    expect(run.calls).toEqual([
      {
        token: 'okta:user/getUsers:getUsers',
        args: { searches: [{ expression: 'status eq "SUSPENDED" or status eq "DEPROVISIONED"' }] },
      },
    ]);
  });

  test('one stack reference, to the it stack of this project', () => {
    expect(run.reads).toEqual([{ type: 'pulumi:pulumi:StackReference', name: IT_STACK }]);
  });
});
