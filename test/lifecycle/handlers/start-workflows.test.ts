// Starting the workflows: one execution per person and case, whatever Okta's log does
// (duplicates, replays, out of order) and whatever the automation caused itself; the
// nightly sweep starts every leaver past their end date who is not yet offboarded, and
// every start that is due (re-hires included), once.
import { MemoryAuditStore } from '../../../lib/lifecycle/audit/memory-audit-store';
import type { ManualStart, OktaLogEvent } from '../../../lib/lifecycle/handlers/lifecycle-task';
import {
  executionName,
  type StartDeps,
  startFromEvent,
  sweep,
  type WorkflowName,
  type WorkflowStarter,
} from '../../../lib/lifecycle/handlers/start-workflows';
import type { LifecycleDirectory } from '../../../lib/lifecycle/lifecycle-directory';
import { ISABEL } from '../support/isabel';
import { exampleDirectory, TODAY } from './support/example-directory';

/** Step Functions' contract for names: unique per state machine (StartExecution → ExecutionAlreadyExists). */
class FakeStepFunctions implements WorkflowStarter {
  readonly executions = new Map<string, OktaLogEvent | ManualStart>();
  async start(workflow: WorkflowName, name: string, input: OktaLogEvent | ManualStart) {
    // Names as Step Functions accepts them: 1-80 characters, no whitespace or reserved characters.
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new Error(`InvalidName: ${name}`);
    const key = `${workflow}:${name}`;
    await new Promise((done) => setImmediate(done));
    if (this.executions.has(key)) return 'exists' as const;
    this.executions.set(key, input);
    return 'started' as const;
  }
}

const OWN = '0oa1lifecycle';
let sfn: FakeStepFunctions;
let audit: MemoryAuditStore;
const deps = (directory: LifecycleDirectory = exampleDirectory(), today = TODAY): StartDeps => ({
  directory,
  starter: sfn,
  audit,
  today,
  ownOktaActorIds: [OWN],
});
beforeEach(() => {
  sfn = new FakeStepFunctions();
  audit = new MemoryAuditStore();
});

function event(
  eventType: string,
  login: string,
  options: { uuid?: string; published?: string; actor?: { id: string; type: string } } = {},
): OktaLogEvent {
  return {
    detail: {
      uuid: options.uuid ?? `evt-${Math.random().toString(36).slice(2)}`,
      eventType,
      published: options.published ?? '2026-11-23T08:15:00.000Z',
      actor: options.actor ?? { id: '00u-admin', type: 'User' },
      target: [{ type: 'User', id: '00u-x', alternateId: login }],
    },
  };
}
const offboard = (e: OktaLogEvent) =>
  startFromEvent({ kind: 'event', workflow: 'offboarding', event: e }, deps());

describe('startFromEvent', () => {
  test('a suspension starts the case named after the person and their last day; a second event for it starts nothing', async () => {
    expect(await offboard(event('user.lifecycle.suspend', ISABEL.email))).toEqual({
      outcome: 'started',
      workflow: 'offboarding',
      name: 'offboard-isabel-santos-2026-11-13',
    });
    // Okta delivers at least once, and a deactivate follows: both belong to the same case.
    expect(await offboard(event('user.lifecycle.suspend', ISABEL.email))).toMatchObject({
      outcome: 'already-started',
    });
    expect(await offboard(event('user.lifecycle.deactivate', ISABEL.email))).toMatchObject({
      outcome: 'already-started',
    });
    expect(sfn.executions.size).toBe(1);
  });

  test('two deliveries at the same moment: one execution', async () => {
    const results = await Promise.all([
      offboard(event('user.lifecycle.suspend', ISABEL.email)),
      offboard(event('user.lifecycle.suspend', ISABEL.email)),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['already-started', 'started']);
  });

  test("the automation's own deactivate (emergency leaver, 31 days later) opens no second case", async () => {
    const emergency = 'kwame.mensah@acme.example';
    expect(await offboard(event('user.lifecycle.suspend', emergency))).toMatchObject({
      name: 'offboard-kwame-mensah-2026-11-23',
    });
    const own = event('user.lifecycle.deactivate', emergency, {
      published: '2026-12-24T00:05:00.000Z',
      actor: { id: OWN, type: 'PublicClientApp' },
    });
    expect(
      await startFromEvent(
        { kind: 'event', workflow: 'offboarding', event: own },
        deps(exampleDirectory(), '2026-12-24'),
      ),
    ).toEqual({
      outcome: 'ignored',
      workflow: 'offboarding',
      reason: `Okta event ${own.detail.uuid} was caused by this automation (${OWN})`,
    });
    expect(sfn.executions.size).toBe(1);
  });

  test("an event from before the person's current start (a re-hire's old leaving, arriving late) is ignored", async () => {
    const directory = exampleDirectory();
    const rehired = {
      ...directory,
      people: directory.people.map((p) =>
        p.id === ISABEL.id ? { ...p, start: '2026-11-20', end: undefined } : p,
      ),
    } as LifecycleDirectory;
    const late = event('user.lifecycle.deactivate', ISABEL.email, { published: '2026-11-14T10:00:00.000Z' });
    expect(
      await startFromEvent({ kind: 'event', workflow: 'offboarding', event: late }, deps(rehired)),
    ).toEqual({
      outcome: 'ignored',
      workflow: 'offboarding',
      reason: "user.lifecycle.deactivate of 2026-11-14 is from before isabel-santos's start on 2026-11-20",
    });
  });

  test('no onboarding for someone past their end date: a re-hire needs a new start date', async () => {
    const activated = event('user.lifecycle.activate', ISABEL.email);
    expect(await startFromEvent({ kind: 'event', workflow: 'onboarding', event: activated }, deps())).toEqual(
      {
        outcome: 'ignored',
        workflow: 'onboarding',
        reason: 'isabel-santos left on 2026-11-13: a re-hire needs a new start date in people.yaml',
      },
    );
  });

  test('a user Okta has and the config does not: a valid, distinct execution name', async () => {
    const a = await offboard(event('user.lifecycle.suspend', 'contractor+temp@partner.example'));
    const b = await offboard(event('user.lifecycle.suspend', 'contractor@partner.example'));
    expect(a).toMatchObject({ outcome: 'started' });
    expect(b).toMatchObject({ outcome: 'started' });
    expect((a as { name: string }).name).toMatch(/^offboard-[0-9a-f]{16}-2026-11-23$/);
    expect((a as { name: string }).name).not.toBe((b as { name: string }).name);
  });

  test('every profile change is its own mover case (by event uuid)', async () => {
    const move = (uuid: string) =>
      startFromEvent(
        {
          kind: 'event',
          workflow: 'mover',
          event: event('user.account.update_profile', ISABEL.email, { uuid }),
        },
        deps(),
      );
    expect(await move('4a1c2b3d-0000-4000-8000-000000000001')).toMatchObject({
      outcome: 'started',
      name: 'move-isabel-santos-4a1c2b3d-0000-4000-8000-000000000001',
    });
    expect(await move('4a1c2b3d-0000-4000-8000-000000000001')).toMatchObject({ outcome: 'already-started' });
  });
});

describe('executionName', () => {
  test.each([
    ['offboard', 'isabel-santos', '2026-11-13', 'offboard-isabel-santos-2026-11-13'],
    ['onboard', 'noah-williams', '2026-12-07', 'onboard-noah-williams-2026-12-07'],
  ] as const)('%s %s %s → %s', (kind, person, key, name) => {
    expect(executionName(kind, person, key)).toBe(name);
  });

  test('always within Step Functions’ 80 characters and character set', () => {
    const name = executionName('move', `${'x'.repeat(90)}@example.com`, 'a'.repeat(40));
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('sweep (the nightly run)', () => {
  const withPeople = (people: LifecycleDirectory['people']): LifecycleDirectory => ({
    ...exampleDirectory(),
    people,
  });
  const person = (id: string, start: string, end?: string) => ({
    id,
    name: id,
    email: `${id}@acme.example`,
    department: 'sales',
    title: 'Rep',
    type: 'employee' as const,
    start,
    ...(end ? { end } : {}),
  });

  test('starts every leaver past their end date (within the grace period and a week) not yet offboarded, and every start due; nothing twice', async () => {
    const directory = withPeople([
      person('left-yesterday', '2020-01-01', '2026-11-22'),
      person('leaves-today', '2020-01-01', TODAY),
      person('leaves-later', '2020-01-01', '2026-12-31'),
      person('offboarded', '2019-01-01', '2026-10-20'),
      person('left-before-the-automation', '2019-01-01', '2026-09-30'),
      person('rehired', '2026-11-23'),
      person('joins-next-month', '2026-12-21'),
      person('joined-years-ago', '2018-03-01'),
    ]);
    await audit.append({
      caseId: 'offboard/offboarded/2026-10-20',
      workflow: 'offboarding',
      step: 'deactivate',
      outcome: 'changed',
      at: '2026-10-31T00:00:00.000Z',
      actor: 'stepfunctions:offboard-offboarded-2026-10-20',
      requestIds: ['req-1'],
    });
    expect(await sweep(deps(directory))).toEqual([
      { outcome: 'started', workflow: 'offboarding', name: 'offboard-left-yesterday-2026-11-22' },
      { outcome: 'offboarded', workflow: 'offboarding', caseId: 'offboard/offboarded/2026-10-20' },
      { outcome: 'started', workflow: 'onboarding', name: 'onboard-rehired-2026-11-23' },
    ]);
    expect(sfn.executions.get('offboarding:offboard-left-yesterday-2026-11-22')).toEqual({
      person: 'left-yesterday',
    });
    expect((await sweep(deps(directory))).map((o) => o.outcome)).toEqual([
      'already-started',
      'offboarded',
      'already-started',
    ]);
    expect(sfn.executions.size).toBe(2);
  });

  test('the sweep and the Okta event for the same leaver are one case', async () => {
    await sweep(deps());
    expect(await offboard(event('user.lifecycle.suspend', ISABEL.email))).toMatchObject({
      outcome: 'already-started',
      name: 'offboard-isabel-santos-2026-11-13',
    });
  });
});
