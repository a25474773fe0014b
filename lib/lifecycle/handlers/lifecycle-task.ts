// What the workflow's Lambda tasks do, as a plain function of the task and the runtime's
// dependencies (so tests run it against the fake Okta org). Step Functions sends one task
// per state: open a case from the triggering event, then one step at a time. An event the
// automation caused itself (its own suspend or deactivate) opens no case; an execution
// that finds the person's offboarding already running (the lease, case-lease.ts) waits.
import { addDays } from '../../model/calendar-date';
import { runAudited } from '../audited-step';
import type { SessionRevocation } from '../aws-access/session-revocation';
import { dayOf } from '../clock';
import type { LeaseStore } from '../lease/lease-store';
import type { LifecycleDeps } from '../lifecycle-step';
import { reportMove } from '../mover/report-move';
import { CaseLease, plannedCaseId } from '../offboarding/case-lease';
import { type OffboardingCase, openOffboardingCase } from '../offboarding/offboarding-case';
import { runOffboardingStep } from '../offboarding/run-offboarding-step';
import { runOnboardingStep } from '../onboarding/onboard-person';
import { type OnboardingCase, openOnboardingCase } from '../onboarding/onboarding-case';
import { LIFECYCLE_ACTIONS, REVOKE_AWS_SESSIONS } from './task-names';
import { OFFBOARDING_STEPS, type OffboardingStepName, type OnboardingStepName } from './task-routing';

/** An Okta System Log event as the Okta log stream delivers it to EventBridge. */
export interface OktaLogEvent {
  readonly detail: {
    readonly uuid?: string;
    readonly eventType: string;
    readonly published: string;
    /** For the automation's own calls: its OAuth client (type PublicClientApp, id the client id). */
    readonly actor?: { readonly id?: string; readonly type?: string; readonly alternateId?: string };
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

const A = LIFECYCLE_ACTIONS;

export type LifecycleTask =
  | { readonly action: typeof A.openOffboarding; readonly trigger: Trigger; readonly executionId: string }
  | {
      readonly action: typeof A.offboardingStep;
      readonly step: OffboardingStepName;
      readonly case: OffboardingCase;
      readonly executionId: string;
    }
  | { readonly action: typeof A.openOnboarding; readonly trigger: Trigger; readonly executionId: string }
  | {
      readonly action: typeof A.onboardingStep;
      readonly step: OnboardingStepName;
      readonly case: OnboardingCase;
      readonly executionId: string;
    }
  | { readonly action: typeof A.reportMove; readonly trigger: Trigger; readonly executionId: string }
  | {
      readonly action: typeof A.revokeAwsSessions;
      readonly case: OffboardingCase;
      readonly executionId: string;
    };

/** What some tasks need beyond the steps' dependencies. */
export interface TaskContext {
  /** Okta actor ids of the automation itself (its OAuth client ids): their events open no case. */
  readonly ownOktaActorIds?: readonly string[];
  /** Security's session revocation (aws-access-tasks only). */
  readonly sessions?: SessionRevocation;
  /**
   * One offboarding case per person at a time (every function that runs offboarding tasks):
   * the execution takes the person's lease when it opens the case, renews it before each
   * step, holds it through the grace period and releases it after the deactivation.
   */
  readonly leases?: LeaseStore;
}

/** What an open-* task answers for an event the automation caused: the workflow ends there. */
export interface IgnoredTrigger {
  readonly ignored: string;
}

/** Why an Okta event opens no case, if it does not. */
export function ignoredBecause(
  trigger: Trigger,
  ownOktaActorIds: readonly string[] = [],
): string | undefined {
  if ('person' in trigger) return undefined;
  const actor = trigger.detail.actor?.id;
  if (actor !== undefined && ownOktaActorIds.includes(actor))
    return `Okta event ${trigger.detail.uuid ?? trigger.detail.eventType} was caused by this automation (${actor})`;
  return undefined;
}

export async function runLifecycleTask(
  task: LifecycleTask,
  deps: LifecycleDeps,
  context: TaskContext = {},
): Promise<unknown> {
  const today = dayOf(deps.clock.now());
  if ('trigger' in task) {
    const ignored = ignoredBecause(task.trigger, context.ownOktaActorIds);
    if (ignored !== undefined) return { ignored } satisfies IgnoredTrigger;
  }
  switch (task.action) {
    case A.openOffboarding: {
      const { person, actor, day } = subjectOf(task.trigger, task.executionId, today);
      // Started by a suspension in Okta or by hand: the person is leaving now, whatever the config says.
      const request = { person, actor, today: day, now: true };
      if (context.leases)
        // Before the first Okta call: while another run holds the person's lease this throws
        // CaseAlreadyRunningError (the state machine retries it) having changed nothing.
        await CaseLease.take(context.leases, deps.clock, {
          caseId: plannedCaseId(deps.directory, request),
          holder: task.executionId,
          actor,
        });
      const kase = await openOffboardingCase(deps.okta, deps.directory, request);
      return { case: { ...kase, deactivateAt: `${kase.deactivateOn}T00:00:00Z` } };
    }
    case A.offboardingStep: {
      const lease = context.leases && (await holdLease(deps, context.leases, task.case, task.executionId));
      const report = await runOffboardingStep(deps, task.case, task.step, today);
      if (lease && task.step === LAST_STEP && report.outcome !== 'not-due') await lease.release();
      else if (lease && task.step === BEFORE_GRACE_PERIOD)
        await lease.renew(Date.parse(`${task.case.deactivateOn}T00:00:00Z`));
      return summary(report);
    }
    case A.openOnboarding: {
      const { person, actor } = subjectOf(task.trigger, task.executionId, today);
      const kase = await openOnboardingCase(deps.okta, deps.directory, { person, actor });
      return { case: { ...kase, activateAt: `${kase.activateOn}T00:00:00Z`, due: today >= kase.activateOn } };
    }
    case A.onboardingStep:
      return summary(await runOnboardingStep(deps, task.case, task.step, today));
    case A.reportMove: {
      const { person, actor } = subjectOf(task.trigger, task.executionId, today);
      return summary(await reportMove(deps, { person, actor }));
    }
    case A.revokeAwsSessions:
      if (context.leases) await holdLease(deps, context.leases, task.case, task.executionId);
      return summary(await revokeAwsSessions(deps, task.case, context.sessions));
  }
}

/** The last offboarding step (the lease is released after it) and the one before the grace period. */
const LAST_STEP = OFFBOARDING_STEPS.at(-1);
const BEFORE_GRACE_PERIOD = OFFBOARDING_STEPS.at(-2);

/**
 * Renews the execution's lease before a step (taking it again if it lapsed and nobody else
 * took it); throws CaseAlreadyRunningError when another run holds the person's lease.
 */
function holdLease(deps: LifecycleDeps, leases: LeaseStore, kase: OffboardingCase, executionId: string) {
  return CaseLease.take(leases, deps.clock, { caseId: kase.caseId, holder: executionId, actor: kase.actor });
}

/** Ends the leaver's AWS sessions through Security's function; audited like a step. */
async function revokeAwsSessions(deps: LifecycleDeps, kase: OffboardingCase, sessions?: SessionRevocation) {
  if (!sessions) throw new Error('this function has no session revocation: it runs in aws-access-tasks');
  return runAudited(
    deps,
    {
      caseId: kase.caseId,
      workflow: 'offboarding',
      step: REVOKE_AWS_SESSIONS,
      actor: kase.actor,
      ...(kase.personId ? { personId: kase.personId } : {}),
      oktaUserId: kase.userId,
    },
    async (log) => {
      const { userId } = await deps.aws.findAccess(kase.login);
      if (userId === undefined)
        return { outcome: 'unchanged', note: 'no IAM Identity Center user: no AWS session to end' };
      const result = await sessions.revoke({
        identityStoreUserId: userId,
        caseId: kase.caseId,
        requestedBy: kase.actor,
      });
      log.add({ requestId: result.requestId });
      const changed = result.outcome === 'revoked' || result.identityStoreUser === 'disabled';
      return {
        outcome: changed ? 'changed' : 'unchanged',
        after: {
          identityCenterUser: userId,
          deniedUntil: result.deniedUntil,
          user: result.identityStoreUser,
        },
        note: `sessions of ${userId} denied until ${result.deniedUntil}`,
      };
    },
  );
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
