// The Step Functions path under faults: the Lambda handlers in process (Powertools
// Idempotency, the audit trail and the case leases on a local DynamoDB), Okta on the fake
// org, and a driver that runs an execution's tasks in the state machine's order (open the
// case, each step, the session revocation after deny-aws, the grace period on the virtual
// clock before the deactivation). Each scenario asserts the final Okta state, that each
// change was made once, that the audit trail is complete, and where the lease ends up.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { CASE_ALREADY_RUNNING_ERRORS, OKTA_RETRYABLE_ERRORS } from '../../../lib/aws/lifecycle-retry';
import { openIntents } from '../../../lib/lifecycle/audit/audit-store';
import { DynamoDbAuditStore } from '../../../lib/lifecycle/audit/dynamodb-audit-store';
import { MemorySessionRevocation } from '../../../lib/lifecycle/aws-access/session-revocation';
import { ENV, lifecycleHandler, requiredEnv } from '../../../lib/lifecycle/handlers/lambda-runtime';
import type { LifecycleTask, ManualStart } from '../../../lib/lifecycle/handlers/lifecycle-task';
import {
  LIFECYCLE_ACTIONS as A,
  CASE_ALREADY_RUNNING_ERROR,
  REVOKE_AWS_SESSIONS,
} from '../../../lib/lifecycle/handlers/task-names';
import {
  AWS_ACCESS_STEPS,
  functionForStep,
  NOTIFY_STEPS,
  OFFBOARDING_STEPS,
  OKTA_STEPS,
} from '../../../lib/lifecycle/handlers/task-routing';
import type { OffboardingCase } from '../../../lib/lifecycle/offboarding/offboarding-case';
import {
  giveIsabelExtraAccess,
  giveIsabelPagesOfAccess,
  ISABEL,
  ISABEL_CASE,
  isabelInOkta,
} from '../support/isabel';
import { freshHarnessPerTest, type Harness } from '../support/lifecycle-harness';
import { type LocalDynamoDb, startLocalDynamoDb, TABLES } from './support/local-dynamodb';

let db: LocalDynamoDb;
beforeAll(async () => {
  db = await startLocalDynamoDb();
  process.env.IDEMPOTENCY_TABLE = TABLES.idempotency;
  process.env.LEASE_TABLE = TABLES.leases;
});
afterAll(() => db.stop());

let h: Harness;
let sessions: MemorySessionRevocation;
const fresh = freshHarnessPerTest();
let tableNo = 0;
beforeEach(async () => {
  h = fresh.current;
  giveIsabelExtraAccess(h);
  sessions = new MemorySessionRevocation('2026-11-23T21:15:00.000Z');
  await db.clearLeases();
  // The tests replay one case (Isabel's): each gets an audit trail of its own.
  process.env.AUDIT_TABLE = `${TABLES.audit}-faults-${++tableNo}`;
  await db.createAuditTable(process.env.AUDIT_TABLE);
});

const context = {
  getRemainingTimeInMillis: () => 60_000,
  functionName: 'acme-it-lifecycle-tasks',
  awsRequestId: 'req',
} as unknown as Context;
let run = 0;
const execution = (name = `faults-${++run}`) =>
  `arn:aws:states:eu-west-1:111111111111:execution:acme-offboarding:${name}`;
const START: ManualStart = { person: ISABEL.id };

/** The three task functions, wired as in production except for Okta, AWS, email and the clock. */
function functions() {
  const overrides = {
    dynamo: db.client,
    directory: async () => ({ location: 'test', directory: h.directory }),
    clock: h.clock,
  };
  const okta = lifecycleHandler(
    'okta-tasks',
    { actions: [A.openOffboarding, A.offboardingStep], steps: OKTA_STEPS },
    async () => ({ okta: h.deps.okta, aws: h.deps.aws, notifier: h.deps.notifier }),
    overrides,
  );
  const notify = lifecycleHandler(
    'notify-tasks',
    { actions: [A.offboardingStep], steps: NOTIFY_STEPS },
    async () => ({ okta: h.deps.okta, aws: h.deps.aws, notifier: h.notifier }),
    overrides,
  );
  const awsAccess = lifecycleHandler(
    'aws-access-tasks',
    { actions: [A.offboardingStep, A.revokeAwsSessions], steps: AWS_ACCESS_STEPS },
    async () => ({ okta: h.deps.okta, aws: h.aws, notifier: h.deps.notifier, context: { sessions } }),
    overrides,
  );
  const byName: Record<string, typeof okta> = {
    'okta-tasks': okta,
    'notify-tasks': notify,
    'aws-access-tasks': awsAccess,
  };
  // The function the state machine invokes for the task (lifecycle-state-machines.ts).
  const fn = (task: LifecycleTask) =>
    task.action === 'offboarding-step'
      ? functionForStep(task.step)
      : task.action === A.revokeAwsSessions
        ? 'aws-access-tasks'
        : 'okta-tasks';
  return (task: LifecycleTask) => byName[fn(task)](task, context);
}

type Opened = { case: OffboardingCase & { deactivateAt: string } } | { ignored: string };

/** Runs an execution's tasks in the state machine's order; `killedAfter` stops it there. */
async function execute(
  executionId: string,
  options: { killedAfter?: string; opened?: Opened } = {},
): Promise<Opened> {
  const invoke = functions();
  const opened =
    options.opened ?? ((await invoke({ action: 'open-offboarding', trigger: START, executionId })) as Opened);
  if ('ignored' in opened) return opened;
  const kase = opened.case;
  for (const step of OFFBOARDING_STEPS) {
    if (options.killedAfter === 'open-offboarding') return opened;
    if (step === 'deactivate')
      await h.clock.sleep(Math.max(0, Date.parse(kase.deactivateAt) - h.clock.now()));
    await invoke({ action: 'offboarding-step', step, case: kase, executionId });
    if (step === 'deny-aws') await invoke({ action: A.revokeAwsSessions, case: kase, executionId });
    if (options.killedAfter === step) return opened;
  }
  return opened;
}

async function leaseOfIsabel() {
  const { Item } = await db.client.send(
    new GetItemCommand({
      TableName: TABLES.leases,
      Key: { leaseKey: { S: 'offboard/isabel-santos' } },
      ConsistentRead: true,
    }),
  );
  return (
    Item && { holder: Item.holder.S, caseId: Item.caseId.S, since: Item.since.S, expiresAt: Item.expiresAt.S }
  );
}

const END_STATE = {
  status: 'DEPROVISIONED',
  sessions: 0,
  factors: 0,
  grants: 0,
  clients: [],
  // Rule-based memberships and the apps they bring (a deprovisioned user cannot sign in to any).
  groups: ['Employees', 'Everyone', 'Everyone at Acme', 'Go-to-Market'],
  apps: [
    'BambooHR (GROUP)',
    'Google Workspace (GROUP)',
    'Salesforce (GROUP)',
    'Slack (GROUP)',
    'Status Page (GROUP)',
    'Zendesk (GROUP)',
  ],
};
/** A clean run's Okta changes: suspend, sessions, grants, factors, two group removals, one app, deactivate. */
const CHANGES = 8;

async function expectOffboardedOnceAndAudited() {
  expect(isabelInOkta(h)).toEqual(END_STATE);
  const mutations = h.fake.mutations();
  expect(mutations).toHaveLength(CHANGES);
  expect(new Set(mutations.map((m) => `${m.method} ${m.path}`)).size).toBe(CHANGES);
  expect(h.aws.removed).toEqual(['icm-isabel-data']);
  expect([...sessions.denied.keys()]).toEqual(['ic-isabel-santos']);
  expect(h.notifier.sent.map((n) => n.subject)).toEqual([
    'Data transfer: Isabel Santos left Acme on 2026-11-13',
    'Offboarded: Isabel Santos (last day 2026-11-13)',
  ]);
  const records = await auditOf(ISABEL_CASE);
  // Write-ahead: each Okta change is cited by its change's outcome record, and none is left open.
  const applied = records.filter((r) => r.change !== undefined && r.outcome === 'applied');
  const cited = applied.flatMap((r) => r.requestIds).filter((id) => id.startsWith('fakereq-'));
  expect(cited.sort()).toEqual(mutations.map((m) => m.requestId));
  for (const step of OFFBOARDING_STEPS) expect([step, openIntents(records, step)]).toEqual([step, []]);
  const steps = records.filter((r) => r.change === undefined);
  const done = steps.filter((r) => r.outcome !== 'failed').map((r) => r.step);
  for (const step of [...OFFBOARDING_STEPS, REVOKE_AWS_SESSIONS]) expect(done).toContain(step);
  // Each step changed things in one run only; later runs found them done.
  const changed = steps.filter((r) => r.outcome === 'changed').map((r) => r.step);
  expect(changed).toEqual([...new Set(changed)]);
  expect(await leaseOfIsabel()).toBeUndefined();
}

function auditOf(caseId: string) {
  return new DynamoDbAuditStore(DynamoDBDocumentClient.from(db.client), requiredEnv(ENV.auditTable)).list(
    caseId,
  );
}

const suspended = (status: string) => ({ ...END_STATE, status });

test('two executions for one person at once: one offboards; the other is told it is running, changes nothing, and its retry finds the job done', async () => {
  const invoke = functions();
  const [a, b] = [execution('offboard-isabel-santos-2026-11-13'), execution('manual-start-by-console')];
  const [openedA, refused] = await Promise.allSettled([
    invoke({ action: 'open-offboarding', trigger: START, executionId: a }),
    invoke({ action: 'open-offboarding', trigger: START, executionId: b }),
  ]);
  expect(openedA).toMatchObject({ status: 'fulfilled', value: { case: { caseId: ISABEL_CASE } } });
  expect(await leaseOfIsabel()).toEqual({
    holder: a,
    caseId: ISABEL_CASE,
    since: '2026-11-23T09:00:00.000Z',
    expiresAt: '2026-11-23T09:15:00.000Z',
  });
  expect(refused).toMatchObject({
    status: 'rejected',
    reason: {
      name: CASE_ALREADY_RUNNING_ERROR,
      message: `already running (case ${ISABEL_CASE}, since 2026-11-23T09:00:00.000Z, by stepfunctions:offboard-isabel-santos-2026-11-13)`,
    },
  });
  // The state machine retries that error (and only waits): B called Okta not once.
  expect(CASE_ALREADY_RUNNING_ERRORS).toContain((refused as PromiseRejectedResult).reason.name);
  expect(h.fake.log.filter((r) => r.path.startsWith('/api/v1/users/isabel'))).toHaveLength(1);
  await execute(a, { opened: (openedA as PromiseFulfilledResult<Opened>).value });
  await expectOffboardedOnceAndAudited();
  // B's retry, once A is done: the lease is free, every step finds its work done.
  const mutations = h.fake.mutations().length;
  await execute(b);
  expect(h.fake.mutations()).toHaveLength(mutations);
  expect(h.notifier.sent).toHaveLength(2);
  expect(await leaseOfIsabel()).toBeUndefined();
});

test('during the grace period the case keeps its lease: a second execution changes nothing', async () => {
  const a = execution();
  await execute(a, { killedAfter: 'notify' });
  expect(await leaseOfIsabel()).toMatchObject({ holder: a, expiresAt: '2026-12-14T00:15:00.000Z' });
  await h.clock.sleep(7 * 86_400_000);
  const before = h.fake.log.length;
  await expect(execute(execution())).rejects.toMatchObject({ name: CASE_ALREADY_RUNNING_ERROR });
  expect(h.fake.log.length).toBe(before);
  expect(isabelInOkta(h)).toEqual(suspended('SUSPENDED'));
  // The first execution, resumed after its wait (a redrive: the same execution), finishes.
  await execute(a);
  await expectOffboardedOnceAndAudited();
});

test('killed after taking the lease, then run again: the lapsed lease is taken over and the job finished once', async () => {
  const killed = execution();
  await execute(killed, { killedAfter: 'suspend' });
  expect(isabelInOkta(h).status).toBe('SUSPENDED');
  // Too early: the lease has not lapsed.
  await h.clock.sleep(5 * 60_000);
  await expect(execute(execution())).rejects.toThrow(`by stepfunctions:${killed.split(':').at(-1)})`);
  // Later: the next execution takes the lease over and finishes the job.
  await h.clock.sleep(10 * 60_000);
  await execute(execution());
  await expectOffboardedOnceAndAudited();
  // The killed execution, resumed: the case is done, the lease another run's and released; nothing changes.
  const mutations = h.fake.mutations().length;
  await execute(killed);
  expect(h.fake.mutations()).toHaveLength(mutations);
});

test('killed after each step up to the grace period, each time run again by a new execution: each change once, audit complete', async () => {
  // (Killed after notify, the case holds its lease through the grace period: see above.)
  for (const step of OFFBOARDING_STEPS.slice(0, -2)) {
    await execute(execution(), { killedAfter: step });
    await h.clock.sleep(16 * 60_000);
  }
  await execute(execution());
  await expectOffboardedOnceAndAudited();
});

test('Okta answering 503 from the first call: the open task fails with an error the state machine retries, nothing is changed, the retry opens the case', async () => {
  const invoke = functions();
  const executionId = execution();
  h.fake.inject(...Array.from({ length: 4 }, () => ({ status: 503 as const })));
  const failed = await invoke({ action: 'open-offboarding', trigger: START, executionId }).catch(
    (e: Error) => e,
  );
  expect(OKTA_RETRYABLE_ERRORS).toContain((failed as Error).name);
  expect(h.fake.mutations()).toEqual([]);
  expect(await auditOf(ISABEL_CASE)).toEqual([]);
  expect(await leaseOfIsabel()).toMatchObject({ holder: executionId });
  // Step Functions retries the task (same execution): the lease is its own, the case opens.
  const opened = (await invoke({ action: 'open-offboarding', trigger: START, executionId })) as Opened;
  await execute(executionId, { opened });
  await expectOffboardedOnceAndAudited();
});

test('throttled: 429s with and without a reset, and a tight rate limit, end in the same state with each change once', async () => {
  h = fresh.current;
  h.fake.reset(h.state, () => h.clock.now(), 6);
  h.fake.inject({ status: 429, resetHeader: true }, { status: 429, resetHeader: false });
  await execute(execution());
  expect(h.fake.log.filter((r) => r.status === 429).length).toBeGreaterThan(1);
  await expectOffboardedOnceAndAudited();
});

// (250 groups on the CLI path, fault-corpus.test.ts; here 40: each change is two records in DynamoDB.)
test('pagination: a leaver in 40 groups with 30 direct apps ends with every page read and each change once', async () => {
  giveIsabelPagesOfAccess(h, 40);
  await execute(execution());
  expect(isabelInOkta(h)).toEqual({ ...END_STATE, groups: ['Ad hoc 040', ...END_STATE.groups] });
  const pages = (op: string) => h.fake.log.filter((r) => r.operationId === op && r.status === 200).length;
  expect([pages('listGroupRules'), pages('listUserGrants')]).toEqual([2, 2]);
  const mutations = h.fake.mutations();
  // The clean run's changes, plus 39 more group removals and 30 more app unassignments.
  expect(mutations).toHaveLength(CHANGES + 39 + 30);
  expect(new Set(mutations.map((m) => `${m.method} ${m.path}`)).size).toBe(mutations.length);
  const records = await auditOf(ISABEL_CASE);
  for (const step of OFFBOARDING_STEPS) expect([step, openIntents(records, step)]).toEqual([step, []]);
  const cited = new Set(records.flatMap((r) => r.requestIds));
  expect(mutations.filter((m) => !cited.has(m.requestId))).toEqual([]);
}, 60_000);
