// Which Lambda function runs which step: each function holds only the access its steps
// need. Shared by the handlers (which refuse other steps) and the state machines. The
// offboarding and onboarding step names come from their one list each
// (lib/model/schema/lifecycle.ts), and the records below must name a function for each of
// them, so a new step cannot go unrouted.
import {
  OFFBOARDING_STEPS,
  type OffboardingStepName,
  ONBOARDING_STEPS,
  type OnboardingStepName,
} from '../../model/schema/lifecycle';
import type { LifecycleHandlerName } from './lambda-env';
import { LIFECYCLE_ACTIONS, type LifecycleAction } from './task-names';

export {
  OFFBOARDING_STEPS,
  type OffboardingStepName,
  ONBOARDING_STEPS,
  type OnboardingStepName,
} from '../../model/schema/lifecycle';

/** A step of either workflow. */
export type WorkflowStepName = OffboardingStepName | OnboardingStepName;

const OFFBOARDING_FUNCTION: Readonly<Record<OffboardingStepName, LifecycleHandlerName>> = {
  suspend: 'okta-tasks',
  'clear-sessions': 'okta-tasks',
  'revoke-tokens': 'okta-tasks',
  'reset-factors': 'okta-tasks',
  'transfer-data': 'notify-tasks',
  'remove-groups': 'okta-tasks',
  'unassign-apps': 'okta-tasks',
  'deny-aws': 'aws-access-tasks',
  notify: 'notify-tasks',
  deactivate: 'okta-tasks',
};

const ONBOARDING_FUNCTION: Readonly<Record<OnboardingStepName, LifecycleHandlerName>> = {
  activate: 'okta-tasks',
  'verify-groups': 'okta-tasks',
  'notify-manager': 'notify-tasks',
};

/** The steps a function runs: its offboarding steps, then its onboarding steps, each in order. */
const stepsOf = (fn: LifecycleHandlerName): readonly WorkflowStepName[] => [
  ...OFFBOARDING_STEPS.filter((step) => OFFBOARDING_FUNCTION[step] === fn),
  ...ONBOARDING_STEPS.filter((step) => ONBOARDING_FUNCTION[step] === fn),
];

export const OKTA_STEPS = stepsOf('okta-tasks');
export const NOTIFY_STEPS = stepsOf('notify-tasks');
export const AWS_ACCESS_STEPS = stepsOf('aws-access-tasks');

/**
 * Whether a task's step is one its action carries: a step of that action's own workflow for
 * the two step actions (an onboarding step under `offboarding-step` is not), none for the rest.
 */
export function stepFitsAction(action: LifecycleAction, step: string | undefined): boolean {
  if (action === LIFECYCLE_ACTIONS.offboardingStep) return Object.hasOwn(OFFBOARDING_FUNCTION, step ?? '');
  if (action === LIFECYCLE_ACTIONS.onboardingStep) return Object.hasOwn(ONBOARDING_FUNCTION, step ?? '');
  return step === undefined;
}

export function functionForStep(step: string): LifecycleHandlerName {
  if ((NOTIFY_STEPS as readonly string[]).includes(step)) return 'notify-tasks';
  if ((AWS_ACCESS_STEPS as readonly string[]).includes(step)) return 'aws-access-tasks';
  if ((OKTA_STEPS as readonly string[]).includes(step)) return 'okta-tasks';
  throw new Error(`no function runs the step "${step}"`);
}
