import type { Context } from 'aws-lambda';
import { handler as awsAccessTasks } from '../../../lib/lifecycle/handlers/aws-access-tasks';
import {
  type LifecycleTask,
  type OktaLogEvent,
  runLifecycleTask,
} from '../../../lib/lifecycle/handlers/lifecycle-task';
import { handler as notifyTasks } from '../../../lib/lifecycle/handlers/notify-tasks';
import type { OffboardingCase } from '../../../lib/lifecycle/offboarding/offboarding-case';
import { OFFBOARDING } from '../../../lib/lifecycle/offboarding/offboarding-steps';
import type { OnboardingCase } from '../../../lib/lifecycle/onboarding/onboarding-case';
import { ISABEL, ISABEL_CASE } from '../support/isabel';
import { freshHarnessPerTest, type Harness } from '../support/lifecycle-harness';

let h: Harness;
const fresh = freshHarnessPerTest();
beforeEach(() => {
  h = fresh.current;
});

const EXECUTION = 'arn:aws:states:eu-west-1:111111111111:execution:acme-offboarding:run-1';

/** A suspension by an admin in the Okta console, as the log stream delivers it. */
function suspendedInOkta(login: string, published = '2026-11-23T08:15:00.000Z'): OktaLogEvent {
  return {
    detail: {
      uuid: 'evt-1',
      eventType: 'user.lifecycle.suspend',
      published,
      actor: { alternateId: 'amara.diallo@acme.example' },
      target: [{ type: 'User', id: '00u-any', alternateId: login }],
    },
  };
}

test('an offboarding from an Okta suspension event: open the case, then each step as its own task', async () => {
  const opened = (await runLifecycleTask(
    { action: 'open-offboarding', trigger: suspendedInOkta(ISABEL.email), executionId: EXECUTION },
    h.deps,
  )) as { case: OffboardingCase & { deactivateAt: string } };
  expect(opened.case).toMatchObject({
    caseId: ISABEL_CASE,
    personId: ISABEL.id,
    lastDay: '2026-11-13',
    deactivateOn: '2026-12-14',
    deactivateAt: '2026-12-14T00:00:00Z',
    actor: 'okta:amara.diallo@acme.example',
  });
  const results = [];
  for (const step of OFFBOARDING)
    results.push(
      await runLifecycleTask(
        { action: 'offboarding-step', step: step.name, case: opened.case, executionId: EXECUTION },
        h.deps,
      ),
    );
  expect(results.map((r) => (r as { outcome: string }).outcome)).toEqual([
    ...Array(4).fill('changed'),
    'changed',
    'unchanged',
    'unchanged',
    'unchanged',
    'changed',
    'not-due',
  ]);
  expect(h.state.findUser(ISABEL.email)!.status).toBe('SUSPENDED');
});

test('someone suspended by hand who is not leaving in the config: an emergency, the last day is the day of the event', async () => {
  const opened = (await runLifecycleTask(
    {
      action: 'open-offboarding',
      trigger: suspendedInOkta('kwame.mensah@acme.example'),
      executionId: EXECUTION,
    },
    h.deps,
  )) as { case: OffboardingCase };
  expect(opened.case).toMatchObject({
    caseId: 'offboard/kwame-mensah/2026-11-23',
    deactivateOn: '2026-12-24',
  });
});

test('a start by hand names the person; the actor is the execution', async () => {
  const opened = (await runLifecycleTask(
    { action: 'open-offboarding', trigger: { person: ISABEL.id }, executionId: EXECUTION },
    h.deps,
  )) as { case: OffboardingCase };
  expect(opened.case.actor).toBe('stepfunctions:run-1');
});

test('an onboarding case says whether activation is due and when', async () => {
  const task: LifecycleTask = {
    action: 'open-onboarding',
    trigger: {
      detail: {
        eventType: 'user.lifecycle.create',
        published: '2026-11-23T08:00:00Z',
        target: [{ type: 'User', id: 'x', alternateId: 'noah.williams@acme.example' }],
      },
    },
    executionId: EXECUTION,
  };
  const opened = (await runLifecycleTask(task, h.deps)) as {
    case: OnboardingCase & { activateAt: string; due: boolean };
  };
  expect(opened.case).toMatchObject({
    caseId: 'onboard/noah-williams/2026-12-07',
    activateAt: '2026-12-07T00:00:00Z',
    due: false,
  });
  expect(
    await runLifecycleTask(
      { action: 'onboarding-step', step: 'activate', case: opened.case, executionId: EXECUTION },
      h.deps,
    ),
  ).toEqual({
    step: 'activate',
    outcome: 'not-due',
    note: 'activation is due on 2026-12-07 (start date 2026-12-07)',
  });
});

test('a profile update event runs the mover report', async () => {
  const task: LifecycleTask = {
    action: 'report-move',
    trigger: {
      detail: {
        eventType: 'user.account.update_profile',
        published: '2026-11-23T08:00:00Z',
        target: [{ type: 'User', id: 'x', alternateId: ISABEL.email }],
      },
    },
    executionId: EXECUTION,
  };
  expect(await runLifecycleTask(task, h.deps)).toMatchObject({ step: 'report-move', outcome: 'unchanged' });
});

test('an event without a target user is refused', async () => {
  await expect(
    runLifecycleTask(
      {
        action: 'open-offboarding',
        trigger: { detail: { eventType: 'user.lifecycle.suspend', published: '2026-11-23T08:00:00Z' } },
        executionId: EXECUTION,
      },
      h.deps,
    ),
  ).rejects.toThrow('Okta event user.lifecycle.suspend names no target user');
});

describe('the Lambda handlers', () => {
  const context = {
    getRemainingTimeInMillis: () => 60_000,
    functionName: 'f',
    awsRequestId: 'r',
  } as unknown as Context;
  test('refuse a task without an idempotency key (execution id)', async () => {
    await expect(
      notifyTasks({ action: 'offboarding-step', step: 'notify' } as unknown as LifecycleTask, context),
    ).rejects.toThrow('notify-tasks: the task has no executionId (the idempotency key)');
  });

  test('each function runs only its own steps', async () => {
    const task = (step: string) =>
      ({ action: 'offboarding-step', step, case: {}, executionId: EXECUTION }) as unknown as LifecycleTask;
    await expect(awsAccessTasks(task('suspend'), context)).rejects.toThrow(
      'aws-access-tasks does not run offboarding-step suspend',
    );
    await expect(notifyTasks(task('deny-aws'), context)).rejects.toThrow(
      'notify-tasks does not run offboarding-step deny-aws',
    );
  });

  test('a step of the other workflow, or a step action without its step, is refused before anything runs', async () => {
    const task = (action: string, step?: string) =>
      ({ action, ...(step ? { step } : {}), case: {}, executionId: EXECUTION }) as unknown as LifecycleTask;
    // notify-manager is notify-tasks' onboarding step, not an offboarding one.
    await expect(notifyTasks(task('offboarding-step', 'notify-manager'), context)).rejects.toThrow(
      'notify-tasks does not run offboarding-step notify-manager',
    );
    // notify is notify-tasks' offboarding step, not an onboarding one.
    await expect(notifyTasks(task('onboarding-step', 'notify'), context)).rejects.toThrow(
      'notify-tasks does not run onboarding-step notify',
    );
    await expect(notifyTasks(task('offboarding-step'), context)).rejects.toThrow(
      'notify-tasks does not run offboarding-step',
    );
  });
});
