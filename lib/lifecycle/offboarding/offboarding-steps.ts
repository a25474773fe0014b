// The offboarding steps in the order they run (lifecycle.yaml's OFFBOARDING_STEPS).
import { OFFBOARDING_STEPS } from '../../model/schema/lifecycle';
import type { OffboardingStep, OffboardingStepName } from './offboarding-step';
import { clearSessionsStep } from './steps/clear-sessions';
import { deactivateStep } from './steps/deactivate';
import { denyAwsStep } from './steps/deny-aws';
import { notifyStep } from './steps/notify';
import { removeGroupsStep } from './steps/remove-groups';
import { resetFactorsStep } from './steps/reset-factors';
import { revokeTokensStep } from './steps/revoke-tokens';
import { suspendStep } from './steps/suspend';
import { transferDataStep } from './steps/transfer-data';
import { unassignAppsStep } from './steps/unassign-apps';

const BY_NAME: Record<OffboardingStepName, OffboardingStep> = {
  suspend: suspendStep,
  'clear-sessions': clearSessionsStep,
  'revoke-tokens': revokeTokensStep,
  'reset-factors': resetFactorsStep,
  'transfer-data': transferDataStep,
  'remove-groups': removeGroupsStep,
  'unassign-apps': unassignAppsStep,
  'deny-aws': denyAwsStep,
  notify: notifyStep,
  deactivate: deactivateStep,
};

export const OFFBOARDING: readonly OffboardingStep[] = OFFBOARDING_STEPS.map((name) => BY_NAME[name]);

export function offboardingStep(name: string): OffboardingStep {
  const step = OFFBOARDING.find((s) => s.name === name);
  if (!step) throw new Error(`unknown offboarding step "${name}": one of ${OFFBOARDING_STEPS.join(', ')}`);
  return step;
}
