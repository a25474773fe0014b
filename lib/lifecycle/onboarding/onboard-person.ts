// Onboards one person: activate on the start date, verify their rule groups, tell the
// manager — each step audited. What the CLI runs, and the workflow runs step by step.
import { runAudited, type StepReport } from '../audited-step';
import { dayOf } from '../clock';
import type { LifecycleDeps } from '../lifecycle-step';
import { type OnboardingCase, openOnboardingCase } from './onboarding-case';
import { ONBOARDING } from './onboarding-steps';

export interface OnboardingReport {
  readonly kase: OnboardingCase;
  readonly steps: readonly StepReport[];
}

export async function onboardPerson(
  deps: LifecycleDeps,
  request: { readonly person: string; readonly actor: string; readonly today?: string },
): Promise<OnboardingReport> {
  const today = request.today ?? dayOf(deps.clock.now());
  const kase = await openOnboardingCase(deps.okta, deps.directory, request);
  const steps: StepReport[] = [];
  for (const step of ONBOARDING) steps.push(await runOnboardingStep(deps, kase, step.name, today));
  return { kase, steps };
}

export async function runOnboardingStep(
  deps: LifecycleDeps,
  kase: OnboardingCase,
  stepName: string,
  today: string = dayOf(deps.clock.now()),
): Promise<StepReport> {
  const step = ONBOARDING.find((s) => s.name === stepName);
  if (!step)
    throw new Error(
      `unknown onboarding step "${stepName}": one of ${ONBOARDING.map((s) => s.name).join(', ')}`,
    );
  const history = await deps.audit.list(kase.caseId);
  return runAudited(
    deps,
    {
      caseId: kase.caseId,
      workflow: 'onboarding',
      step: step.name,
      actor: kase.actor,
      personId: kase.person.id,
      oktaUserId: kase.userId,
    },
    (log) => step.run({ deps, kase, history, today, log }),
  );
}
