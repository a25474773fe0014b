// What the workflow's Lambda tasks do, as a plain function of the task and the runtime's
// dependencies (so tests run it against the fake Okta org). Step Functions sends one task
// per state: open a case from the triggering event, then one step at a time.
import { addDays } from '../../model/calendar-date';
import { dayOf } from '../clock';
import type { LifecycleDeps } from '../lifecycle-step';
import { reportMove } from '../mover/report-move';
import { type OffboardingCase, openOffboardingCase } from '../offboarding/offboarding-case';
import { runOffboardingStep } from '../offboarding/run-offboarding-step';
import { runOnboardingStep } from '../onboarding/onboard-person';
import { type OnboardingCase, openOnboardingCase } from '../onboarding/onboarding-case';

/** An Okta System Log event as the Okta log stream delivers it to EventBridge. */
export interface OktaLogEvent {
  readonly detail: {
    readonly uuid?: string;
    readonly eventType: string;
    readonly published: string;
    readonly actor?: { readonly alternateId?: string };
    readonly target?: readonly {
      readonly type: string;
      readonly id: string;
      readonly alternateId?: string;
    }[];
  };
}

/** A start by hand (console or CLI): `{ "person": "isabel-santos", "now": true }`. */
export interface ManualStart {
  readonly person: string;
  readonly now?: boolean;
}

export type Trigger = OktaLogEvent | ManualStart;

export type LifecycleTask =
  | { readonly action: 'open-offboarding'; readonly trigger: Trigger; readonly executionId: string }
  | {
      readonly action: 'offboarding-step';
      readonly step: string;
      readonly case: OffboardingCase;
      readonly executionId: string;
    }
  | { readonly action: 'open-onboarding'; readonly trigger: Trigger; readonly executionId: string }
  | {
      readonly action: 'onboarding-step';
      readonly step: string;
      readonly case: OnboardingCase;
      readonly executionId: string;
    }
  | { readonly action: 'report-move'; readonly trigger: Trigger; readonly executionId: string };

export async function runLifecycleTask(task: LifecycleTask, deps: LifecycleDeps): Promise<unknown> {
  const today = dayOf(deps.clock.now());
  switch (task.action) {
    case 'open-offboarding': {
      const { person, actor, day } = subjectOf(task.trigger, task.executionId, today);
      // Started by a suspension in Okta or by hand: the person is leaving now, whatever the config says.
      const kase = await openOffboardingCase(deps.okta, deps.directory, {
        person,
        actor,
        today: day,
        now: true,
      });
      return { case: { ...kase, deactivateAt: `${kase.deactivateOn}T00:00:00Z` } };
    }
    case 'offboarding-step':
      return summary(await runOffboardingStep(deps, task.case, task.step, today));
    case 'open-onboarding': {
      const { person, actor } = subjectOf(task.trigger, task.executionId, today);
      const kase = await openOnboardingCase(deps.okta, deps.directory, { person, actor });
      return { case: { ...kase, activateAt: `${kase.activateOn}T00:00:00Z`, due: today >= kase.activateOn } };
    }
    case 'onboarding-step':
      return summary(await runOnboardingStep(deps, task.case, task.step, today));
    case 'report-move': {
      const { person, actor } = subjectOf(task.trigger, task.executionId, today);
      return summary(await reportMove(deps, { person, actor }));
    }
  }
}

/** Who the trigger is about, who caused it, and on which day. */
function subjectOf(trigger: Trigger, executionId: string, today: string) {
  if ('person' in trigger)
    return { person: trigger.person, actor: `stepfunctions:${executionName(executionId)}`, day: today };
  const user = trigger.detail.target?.find((t) => t.type === 'User');
  if (!user?.alternateId) throw new Error(`Okta event ${trigger.detail.eventType} names no target user`);
  const day = trigger.detail.published.slice(0, 10);
  return {
    person: user.alternateId,
    actor: `okta:${trigger.detail.actor?.alternateId ?? 'unknown'}`,
    // An event's day, but never in the future (clock skew) and never older than a week (replays).
    day: day > today ? today : day < addDays(today, -7) ? today : day,
  };
}

const executionName = (executionId: string) => executionId.split(':').at(-1) ?? executionId;

const summary = (report: { step: string; outcome: string; note?: string }) => ({
  step: report.step,
  outcome: report.outcome,
  ...(report.note === undefined ? {} : { note: report.note }),
});
