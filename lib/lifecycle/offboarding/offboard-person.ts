// Offboards one person start to finish, step by step in order: what the CLI runs in an
// emergency and the benchmark measures. (The workflow runs the same steps one Lambda
// invocation at a time.) Stops at the first failed step; a re-run picks up from the state.
import { dayOf } from '../clock';
import type { LifecycleDeps } from '../lifecycle-step';
import { type OffboardingCase, type OffboardingRequest, openOffboardingCase } from './offboarding-case';
import { OFFBOARDING } from './offboarding-steps';
import { runOffboardingStep, type StepReport } from './run-offboarding-step';

export interface OffboardingReport {
  readonly kase: OffboardingCase;
  readonly steps: readonly StepReport[];
}

export async function offboardPerson(
  deps: LifecycleDeps,
  request: Omit<OffboardingRequest, 'today'> & { readonly today?: string },
): Promise<OffboardingReport> {
  const today = request.today ?? dayOf(deps.clock.now());
  const kase = await openOffboardingCase(deps.okta, deps.directory, { ...request, today });
  const steps: StepReport[] = [];
  for (const step of OFFBOARDING) steps.push(await runOffboardingStep(deps, kase, step.name, today));
  return { kase, steps };
}
