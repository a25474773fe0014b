// Starting the workflows: one Step Functions execution per person and case, named after
// them, so a second start of the same case (Okta's at-least-once log, a replayed event, the
// nightly sweep) finds the execution already there instead of opening a second case.
// Events the automation caused itself start nothing, nor do events from before the
// person's current employment (Okta's log arrives out of order). The nightly sweep starts
// the offboarding of everyone whose end date has passed and who is not yet offboarded
// (the lifecycle owns user status, so no deploy suspends them), and the onboarding of
// anyone whose start is due, re-hires included: the one path back to active.
import { createHash } from 'node:crypto';
import { addDays } from '../../model/calendar-date';
import type { OffboardingStepName } from '../../model/schema/lifecycle';
import type { AuditStore } from '../audit/audit-store';
import { personByEmail } from '../find-person';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import { offboardingDates } from '../offboarding/offboarding-case';
import { ignoredBecause, type ManualStart, type OktaLogEvent } from './lifecycle-task';

export const WORKFLOWS = ['offboarding', 'onboarding', 'mover'] as const;
export type WorkflowName = (typeof WORKFLOWS)[number];

/** What the EventBridge rules and the schedule send the start-tasks function. */
export type StartRequest =
  | { readonly kind: 'event'; readonly workflow: WorkflowName; readonly event: OktaLogEvent }
  | { readonly kind: 'sweep' };

export interface WorkflowStarter {
  /** `exists`: an execution of this name exists (running, or closed within Step Functions' 90 days). */
  start(
    workflow: WorkflowName,
    name: string,
    input: OktaLogEvent | ManualStart,
  ): Promise<'started' | 'exists'>;
}

export interface StartDeps {
  readonly directory: LifecycleDirectory;
  readonly starter: WorkflowStarter;
  readonly audit: AuditStore;
  readonly today: string;
  readonly ownOktaActorIds: readonly string[];
}

export type StartOutcome =
  | {
      readonly outcome: 'started' | 'already-started';
      readonly workflow: WorkflowName;
      readonly name: string;
    }
  | { readonly outcome: 'ignored'; readonly workflow: WorkflowName; readonly reason: string }
  | { readonly outcome: 'offboarded'; readonly workflow: 'offboarding'; readonly caseId: string };

/** How far back the sweep looks for starts to onboard (a missed night or two, a re-hire). */
export const ONBOARDING_SWEEP_DAYS = 14;

/**
 * How far past the grace period the sweep still looks for leavers (a missed week). Older
 * leavers are not swept: they left before this automation ran (offboard them by hand if
 * they never were), and re-running their case would send notices about long-gone people.
 */
export const OFFBOARDING_SWEEP_EXTRA_DAYS = 7;

/**
 * A Step Functions execution name: `<case kind>-<person>-<case key>`, within the 80
 * characters and the character set Step Functions allows; long or odd keys get a hash.
 */
export function executionName(kind: 'offboard' | 'onboard' | 'move', person: string, key: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
  const name = `${kind}-${person}-${clean(key)}`;
  if (name.length <= 80 && clean(person) === person) return name;
  // An Okta-only login (an email): a hash keeps distinct logins distinct.
  const hash = createHash('sha256').update(person).digest('hex').slice(0, 16);
  return `${kind}-${hash}-${clean(key)}`.slice(0, 80);
}

/** The day an event happened, never in the future (clock skew) nor older than a week (replays). */
function eventDay(event: OktaLogEvent, today: string): string {
  const day = event.detail.published.slice(0, 10);
  return day > today ? today : day < addDays(today, -7) ? today : day;
}

export async function startFromEvent(
  request: Extract<StartRequest, { kind: 'event' }>,
  deps: StartDeps,
): Promise<StartOutcome> {
  const { workflow, event } = request;
  const ignore = (reason: string): StartOutcome => ({ outcome: 'ignored', workflow, reason });
  const own = ignoredBecause(event, deps.ownOktaActorIds);
  if (own) return ignore(own);
  const login = event.detail.target?.find((t) => t.type === 'User')?.alternateId;
  if (!login) return ignore(`Okta event ${event.detail.eventType} names no target user`);
  const person = personByEmail(deps.directory, login);
  const day = eventDay(event, deps.today);
  const published = event.detail.published.slice(0, 10);
  if (person && published < person.start && workflow !== 'onboarding')
    return ignore(
      `${event.detail.eventType} of ${published} is from before ${person.id}'s start on ${person.start}`,
    );
  const key = person?.id ?? login.toLowerCase();
  let name: string;
  if (workflow === 'offboarding') {
    name = executionName(
      'offboard',
      key,
      offboardingDates(deps.directory, person, { today: day, now: true }).lastDay,
    );
  } else if (workflow === 'onboarding') {
    if (!person) return ignore(`${login} is not in config/it/people.yaml: nobody to onboard`);
    if (person.end !== undefined && person.end < day)
      return ignore(`${person.id} left on ${person.end}: a re-hire needs a new start date in people.yaml`);
    name = executionName('onboard', key, person.start);
  } else {
    name = executionName('move', key, event.detail.uuid ?? event.detail.published);
  }
  return started(workflow, name, await deps.starter.start(workflow, name, event));
}

/** The nightly run: every leaver past their end date not yet offboarded, every start due. */
export async function sweep(deps: StartDeps): Promise<StartOutcome[]> {
  const outcomes: StartOutcome[] = [];
  const people = [...deps.directory.people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const oldestEnd = addDays(
    deps.today,
    -(deps.directory.offboarding.graceDays + OFFBOARDING_SWEEP_EXTRA_DAYS),
  );
  for (const person of people) {
    if (person.end !== undefined && person.end < deps.today && person.end >= person.start) {
      if (person.end >= oldestEnd) outcomes.push(await sweepLeaver(person, person.end, deps));
      continue;
    }
    const activateOn = addDays(person.start, -deps.directory.onboarding.activateBeforeStartDays);
    if (activateOn <= deps.today && person.start >= addDays(deps.today, -ONBOARDING_SWEEP_DAYS)) {
      const name = executionName('onboard', person.id, person.start);
      outcomes.push(
        started('onboarding', name, await deps.starter.start('onboarding', name, { person: person.id })),
      );
    }
  }
  return outcomes;
}

async function sweepLeaver(person: DirectoryPerson, end: string, deps: StartDeps): Promise<StartOutcome> {
  const caseId = `offboard/${person.id}/${end}`;
  const history = await deps.audit.list(caseId);
  if (
    history.some(
      (r) =>
        r.step === ('deactivate' satisfies OffboardingStepName) &&
        (r.outcome === 'changed' || r.outcome === 'unchanged'),
    )
  )
    return { outcome: 'offboarded', workflow: 'offboarding', caseId };
  const name = executionName('offboard', person.id, end);
  return started('offboarding', name, await deps.starter.start('offboarding', name, { person: person.id }));
}

const started = (workflow: WorkflowName, name: string, result: 'started' | 'exists'): StartOutcome => ({
  outcome: result === 'started' ? 'started' : 'already-started',
  workflow,
  name,
});
