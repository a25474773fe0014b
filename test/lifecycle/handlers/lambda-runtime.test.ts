// The Lambda handlers end to end in process: Powertools Idempotency and the audit trail on a
// local DynamoDB (dynalite), Okta on the fake org. A task Step Functions runs twice (a lost
// response, a retry) changes Okta once; a duplicate while the first is still running is
// refused with the error the state machines retry; a failed run leaves no record that
// would stop its retry; the automation's own events open nothing.
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { IDEMPOTENCY_IN_PROGRESS_ERRORS } from '../../../lib/aws/lifecycle-retry';
import { MemorySessionRevocation } from '../../../lib/lifecycle/aws-access/session-revocation';
import {
  lifecycleHandler,
  notGiven,
  type RuntimeParts,
} from '../../../lib/lifecycle/handlers/lambda-runtime';
import {
  type LifecycleTask,
  type OktaLogEvent,
  runLifecycleTask,
} from '../../../lib/lifecycle/handlers/lifecycle-task';
import { LIFECYCLE_ACTIONS as A, REVOKE_AWS_SESSIONS } from '../../../lib/lifecycle/handlers/task-names';
import { AWS_ACCESS_STEPS, OKTA_STEPS } from '../../../lib/lifecycle/handlers/task-routing';
import type { OffboardingCase } from '../../../lib/lifecycle/offboarding/offboarding-case';
import type { OktaDirectory } from '../../../lib/lifecycle/okta/okta-directory';
import { OktaUnavailableError } from '../../../lib/lifecycle/okta/okta-errors';
import { ISABEL, ISABEL_CASE } from '../support/isabel';
import { freshHarnessPerTest, type Harness } from '../support/lifecycle-harness';
import { type LocalDynamoDb, startLocalDynamoDb, TABLES } from './support/local-dynamodb';

let db: LocalDynamoDb;
beforeAll(async () => {
  db = await startLocalDynamoDb();
  process.env.AUDIT_TABLE = TABLES.audit;
  process.env.IDEMPOTENCY_TABLE = TABLES.idempotency;
  process.env.LEASE_TABLE = TABLES.leases;
});
afterAll(() => db.stop());

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(async () => {
  h = fresh.current;
  await db.clearLeases();
});

const context = {
  getRemainingTimeInMillis: () => 60_000,
  functionName: 'acme-it-lifecycle-okta-tasks',
  awsRequestId: 'req',
} as unknown as Context;
let run = 0;
/** A fresh execution id per test: the local tables are shared by the file's tests. */
const execution = () => `arn:aws:states:eu-west-1:111111111111:execution:acme-offboarding:run-${++run}`;

function handler(name: 'okta-tasks' | 'aws-access-tasks', parts: Partial<RuntimeParts> = {}) {
  const allowed =
    name === 'okta-tasks'
      ? { actions: [A.openOffboarding, A.offboardingStep], steps: OKTA_STEPS }
      : { actions: [A.offboardingStep, A.revokeAwsSessions], steps: AWS_ACCESS_STEPS };
  return lifecycleHandler(
    name,
    allowed,
    async () => ({
      okta: parts.okta ?? h.deps.okta,
      aws: parts.aws ?? h.deps.aws,
      notifier: parts.notifier ?? notGiven('email', name),
      ...(parts.context ? { context: parts.context } : {}),
    }),
    {
      dynamo: db.client,
      directory: async () => ({ location: 'test', directory: h.directory }),
      clock: h.clock,
    },
  );
}

async function openIsabel(executionId: string): Promise<OffboardingCase> {
  const opened = (await runLifecycleTask(
    { action: 'open-offboarding', trigger: { person: ISABEL.id }, executionId },
    h.deps,
  )) as { case: OffboardingCase };
  return opened.case;
}

/** The case's records in DynamoDB as step:outcome; a change's records (intent, outcome) only with `changes`. */
async function auditSteps(caseId: string, changes = false): Promise<string[]> {
  const page = await db.client.send(
    new QueryCommand({
      TableName: TABLES.audit,
      KeyConditionExpression: 'caseId = :c',
      ExpressionAttributeValues: { ':c': { S: caseId } },
      ConsistentRead: true,
    }),
  );
  return (page.Items ?? [])
    .filter((i) => changes || i.change === undefined)
    .map((i) => `${i.step.S}:${i.outcome.S}`);
}

const suspends = () => h.attempts.filter((a) => a.method === 'POST' && a.url.includes('/lifecycle/suspend'));

test('a task run twice with the same key (a retry after a lost response) changes Okta once and is audited once', async () => {
  const executionId = execution();
  const kase = await openIsabel(executionId);
  const task: LifecycleTask = { action: 'offboarding-step', step: 'suspend', case: kase, executionId };
  const okta = handler('okta-tasks');
  const first = await okta(task, context);
  const second = await okta(task, context);
  expect(first).toEqual({ step: 'suspend', outcome: 'changed' });
  expect(second).toEqual(first);
  expect(suspends()).toHaveLength(1);
  expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
  expect(await auditSteps(ISABEL_CASE)).toEqual(['suspend:changed']);
  expect(await auditSteps(ISABEL_CASE, true)).toEqual([
    'suspend:intent',
    'suspend:applied',
    'suspend:changed',
  ]);
});

test('a duplicate while the first is still running is refused with the error the state machines retry', async () => {
  const executionId = execution();
  const kase = await openIsabel(executionId);
  let release!: () => void;
  const held = new Promise<void>((done) => {
    release = done;
  });
  // An Okta that holds the suspend call until the duplicate has been refused.
  const slow: OktaDirectory = new Proxy(h.deps.okta, {
    get: (target, key, receiver) =>
      key === 'suspendUser'
        ? async (id: string) => {
            await held;
            return target.suspendUser(id);
          }
        : Reflect.get(target, key, receiver),
  });
  const okta = handler('okta-tasks', { okta: slow });
  const task: LifecycleTask = { action: 'offboarding-step', step: 'suspend', case: kase, executionId };
  const first = okta(task, context);
  await new Promise((done) => setTimeout(done, 50));
  const duplicate = await okta(task, context).catch((error: Error) => error);
  release();
  expect(await first).toEqual({ step: 'suspend', outcome: 'changed' });
  expect(IDEMPOTENCY_IN_PROGRESS_ERRORS).toContain((duplicate as Error).name);
  expect(suspends()).toHaveLength(1);
});

test('a failed run leaves no idempotency record: its retry runs, reads the state, and finishes the change', async () => {
  const executionId = execution();
  const kase = await openIsabel(executionId);
  let failures = 1;
  const flaky: OktaDirectory = new Proxy(h.deps.okta, {
    get: (target, key, receiver) =>
      key === 'suspendUser'
        ? async (id: string) => {
            if (failures-- > 0) throw new OktaUnavailableError('Okta answered 503');
            return target.suspendUser(id);
          }
        : Reflect.get(target, key, receiver),
  });
  const okta = handler('okta-tasks', { okta: flaky });
  const task: LifecycleTask = { action: 'offboarding-step', step: 'suspend', case: kase, executionId };
  await expect(okta(task, context)).rejects.toBeInstanceOf(OktaUnavailableError);
  expect(await okta(task, context)).toEqual({ step: 'suspend', outcome: 'changed' });
  expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
  expect((await auditSteps(ISABEL_CASE)).slice(-2)).toEqual(['suspend:failed', 'suspend:changed']);
});

test('an Okta event the automation caused (its own OAuth client) opens no case and calls nothing', async () => {
  const own: OktaLogEvent = {
    detail: {
      uuid: 'evt-own-deactivate',
      eventType: 'user.lifecycle.deactivate',
      published: '2026-11-23T08:15:00.000Z',
      actor: { id: '0oa1lifecycle', type: 'PublicClientApp', alternateId: 'blueprint-lifecycle' },
      target: [{ type: 'User', id: '00u-any', alternateId: ISABEL.email }],
    },
  };
  const okta = handler('okta-tasks', { context: { ownOktaActorIds: ['0oa1lifecycle'] } });
  const before = h.attempts.length;
  expect(await okta({ action: 'open-offboarding', trigger: own, executionId: execution() }, context)).toEqual(
    {
      ignored: 'Okta event evt-own-deactivate was caused by this automation (0oa1lifecycle)',
    },
  );
  expect(h.attempts.length).toBe(before);
  // Anyone else's suspension still opens the case.
  const admin = { detail: { ...own.detail, uuid: 'evt-admin', actor: { id: '00u-admin', type: 'User' } } };
  expect(
    await okta({ action: 'open-offboarding', trigger: admin, executionId: execution() }, context),
  ).toMatchObject({
    case: { caseId: ISABEL_CASE },
  });
});

describe('revoke-aws-sessions (aws-access-tasks)', () => {
  test("asks Security's function to deny the leaver's Identity Center user, audited with its request id", async () => {
    const sessions = new MemorySessionRevocation('2026-11-23T21:15:00.000Z');
    const aws = handler('aws-access-tasks', { context: { sessions } });
    const executionId = execution();
    const kase = await openIsabel(executionId);
    const result = await aws({ action: A.revokeAwsSessions, case: kase, executionId }, context);
    expect(result).toEqual({
      step: REVOKE_AWS_SESSIONS,
      outcome: 'changed',
      note: 'sessions of ic-isabel-santos denied until 2026-11-23T21:15:00.000Z',
    });
    expect([...sessions.denied.keys()]).toEqual(['ic-isabel-santos']);
    // A second case run (another execution, once the first has ended and given up the lease)
    // finds it done: unchanged, and still audited.
    await db.clearLeases();
    const again = await aws({ action: A.revokeAwsSessions, case: kase, executionId: execution() }, context);
    expect(again).toMatchObject({ outcome: 'unchanged' });
    expect((await auditSteps(ISABEL_CASE)).filter((s) => s.startsWith(REVOKE_AWS_SESSIONS))).toEqual([
      'revoke-aws-sessions:changed',
      'revoke-aws-sessions:unchanged',
    ]);
  });

  test('someone without an IAM Identity Center user: nothing to revoke', async () => {
    const sessions = new MemorySessionRevocation();
    const aws = handler('aws-access-tasks', { context: { sessions } });
    const executionId = execution();
    const kase = { ...(await openIsabel(executionId)), login: 'nobody@acme.example' };
    expect(await aws({ action: A.revokeAwsSessions, case: kase, executionId }, context)).toEqual({
      step: REVOKE_AWS_SESSIONS,
      outcome: 'unchanged',
      note: 'no IAM Identity Center user: no AWS session to end',
    });
    expect(sessions.calls).toBe(0);
  });
});
