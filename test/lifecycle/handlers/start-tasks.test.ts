// The start function as Lambda runs it: Powertools Idempotency on a local DynamoDB keyed on
// the Okta event's uuid (a redelivered event is answered from the first result, not
// re-evaluated), the sweep run every time, the audit trail read from DynamoDB, and Step
// Functions' ExecutionAlreadyExists read as "already started".
import { ExecutionAlreadyExists, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Context } from 'aws-lambda';
import type { OktaLogEvent } from '../../../lib/lifecycle/handlers/lifecycle-task';
import { ownOktaActorIds } from '../../../lib/lifecycle/handlers/own-actors';
import { sfnStarter, startHandler } from '../../../lib/lifecycle/handlers/start-tasks';
import type { WorkflowStarter } from '../../../lib/lifecycle/handlers/start-workflows';
import { ISABEL } from '../support/isabel';
import { exampleDirectory, TODAY } from './support/example-directory';
import { type LocalDynamoDb, startLocalDynamoDb, TABLES } from './support/local-dynamodb';

let db: LocalDynamoDb;
beforeAll(async () => {
  db = await startLocalDynamoDb();
  process.env.AUDIT_TABLE = TABLES.audit;
  process.env.IDEMPOTENCY_TABLE = TABLES.idempotency;
});
afterAll(() => db.stop());

const context = {
  getRemainingTimeInMillis: () => 60_000,
  functionName: 'start',
  awsRequestId: 'r',
} as unknown as Context;

function counting(): WorkflowStarter & { calls: string[] } {
  const seen = new Set<string>();
  const calls: string[] = [];
  return {
    calls,
    async start(workflow, name) {
      calls.push(`${workflow}:${name}`);
      if (seen.has(name)) return 'exists';
      seen.add(name);
      return 'started';
    },
  };
}

const handlerWith = (starter: WorkflowStarter) =>
  startHandler({
    dynamo: db.client,
    starter,
    directory: async () => ({ location: 'test', directory: exampleDirectory() }),
    clock: { now: () => Date.parse(`${TODAY}T00:15:00.000Z`), sleep: async () => {} },
  });

const suspended: OktaLogEvent = {
  detail: {
    uuid: '1f0e9a1c-5b4e-4c77-9d3e-2a1b0c9d8e7f',
    eventType: 'user.lifecycle.suspend',
    published: '2026-11-23T00:10:00.000Z',
    actor: { id: '00u-admin', type: 'User' },
    target: [{ type: 'User', id: '00u-isabel', alternateId: ISABEL.email }],
  },
};

test('a redelivered Okta event (same uuid) is answered from the first result', async () => {
  const starter = counting();
  const start = handlerWith(starter);
  const request = { kind: 'event', workflow: 'offboarding', event: suspended } as const;
  const first = await start(request, context);
  expect(first).toEqual({
    outcome: 'started',
    workflow: 'offboarding',
    name: 'offboard-isabel-santos-2026-11-13',
  });
  expect(await start(request, context)).toEqual(first);
  expect(starter.calls).toEqual(['offboarding:offboard-isabel-santos-2026-11-13']);
});

test('the sweep has no idempotency key: it runs every night, its starts named per case', async () => {
  const starter = counting();
  const start = handlerWith(starter);
  const first = (await start({ kind: 'sweep' }, context)) as { outcome: string }[];
  const second = (await start({ kind: 'sweep' }, context)) as { outcome: string }[];
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((o) => o.outcome === 'started')).toBe(true);
  expect(second.every((o) => o.outcome === 'already-started')).toBe(true);
  expect(starter.calls.length).toBe(first.length * 2);
});

test('anything but an event or a sweep is refused', async () => {
  await expect(handlerWith(counting())({ kind: 'other' } as never, context)).rejects.toThrow(
    'start-tasks takes {kind: "event" | "sweep"}, got {"kind":"other"}',
  );
});

describe('sfnStarter', () => {
  const env = {
    OFFBOARDING_STATE_MACHINE_ARN:
      'arn:aws:states:eu-west-1:111111111111:stateMachine:acme-it-lifecycle-offboarding',
  };
  test('starts the workflow’s state machine under the name, with the trigger as input', async () => {
    const sent: StartExecutionCommand[] = [];
    const client = { send: async (c: StartExecutionCommand) => void sent.push(c) } as unknown as SFNClient;
    expect(await sfnStarter(client, env).start('offboarding', 'offboard-x-2026-11-13', { person: 'x' })).toBe(
      'started',
    );
    expect(sent[0]).toBeInstanceOf(StartExecutionCommand);
    expect(sent[0].input).toEqual({
      stateMachineArn: env.OFFBOARDING_STATE_MACHINE_ARN,
      name: 'offboard-x-2026-11-13',
      input: '{"person":"x"}',
    });
  });

  test('ExecutionAlreadyExists means the case is already started', async () => {
    const client = {
      send: async () => {
        throw new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} });
      },
    } as unknown as SFNClient;
    expect(await sfnStarter(client, env).start('offboarding', 'offboard-x-2026-11-13', { person: 'x' })).toBe(
      'exists',
    );
  });

  test('a workflow whose state machine is not configured is an error naming the variable', async () => {
    const client = { send: async () => ({}) } as unknown as SFNClient;
    await expect(sfnStarter(client, {}).start('mover', 'move-x-1', { person: 'x' })).rejects.toThrow(
      'environment variable MOVER_STATE_MACHINE_ARN is not set',
    );
  });
});

describe('ownOktaActorIds', () => {
  test("the construct's list and the credential's client, each once, sorted", () => {
    expect(ownOktaActorIds({ OWN_OKTA_ACTOR_IDS: ' 0oaB, 0oaA,,0oaB ' }, '0oaC', undefined, '0oaA')).toEqual([
      '0oaA',
      '0oaB',
      '0oaC',
    ]);
    expect(ownOktaActorIds({})).toEqual([]);
  });
});
