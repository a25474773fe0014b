// Runs one offboarding step (by name) with the case's audit history, and records it.
import { runAudited, type StepReport } from '../audited-step';
import { dayOf } from '../clock';
import type { LifecycleDeps } from '../lifecycle-step';
import type { OffboardingCase } from './offboarding-case';
import { offboardingStep } from './offboarding-steps';

export type { StepReport } from '../audited-step';

export async function runOffboardingStep(
  deps: LifecycleDeps,
  kase: OffboardingCase,
  stepName: string,
  today: string = dayOf(deps.clock.now()),
): Promise<StepReport> {
  const step = offboardingStep(stepName);
  const history = await deps.audit.list(kase.caseId);
  return runAudited(
    deps,
    {
      caseId: kase.caseId,
      workflow: 'offboarding',
      step: step.name,
      actor: kase.actor,
      ...(kase.personId ? { personId: kase.personId } : {}),
      oktaUserId: kase.userId,
    },
    (log) => step.run({ deps, kase, history, today, log }),
    history,
  );
}
