// Runs one offboarding step and appends its audit record — also when it fails, with the
// request ids of whatever it changed before failing, so the trail stays complete.
import { dayOf } from '../clock';
import type { OffboardingCase } from './offboarding-case';
import { type LifecycleDeps, StepLog, type StepResult } from './offboarding-step';
import { offboardingStep } from './offboarding-steps';

export interface StepReport extends StepResult {
  readonly step: string;
  readonly requestIds: readonly string[];
}

export async function runOffboardingStep(
  deps: LifecycleDeps,
  kase: OffboardingCase,
  stepName: string,
  today: string = dayOf(deps.clock.now()),
): Promise<StepReport> {
  const step = offboardingStep(stepName);
  const history = await deps.audit.list(kase.caseId);
  const log = new StepLog();
  const base = {
    caseId: kase.caseId,
    workflow: 'offboarding' as const,
    step: step.name,
    actor: kase.actor,
    ...(kase.personId ? { personId: kase.personId } : {}),
    oktaUserId: kase.userId,
  };
  let result: StepResult;
  try {
    result = await step.run({ deps, kase, history, today, log });
  } catch (error) {
    await deps.audit.append({
      ...base,
      outcome: 'failed',
      at: new Date(deps.clock.now()).toISOString(),
      requestIds: log.requestIds,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    throw error;
  }
  await deps.audit.append({
    ...base,
    outcome: result.outcome,
    at: new Date(deps.clock.now()).toISOString(),
    ...(result.before === undefined ? {} : { before: result.before }),
    ...(result.after === undefined ? {} : { after: result.after }),
    requestIds: log.requestIds,
    ...(result.note === undefined ? {} : { note: result.note }),
  });
  return { step: step.name, ...result, requestIds: log.requestIds };
}
