// Which Lambda function runs which step: each function holds only the access its steps
// need. Shared by the handlers (which refuse other steps) and the state machines. The
// offboarding step names come from their one list (lib/model/schema/lifecycle.ts), and the
// record below must name a function for each of them, so a new step cannot go unrouted.
import { OFFBOARDING_STEPS, type OffboardingStepName } from '../../model/schema/lifecycle';
import type { LifecycleHandlerName } from './lambda-env';

export { OFFBOARDING_STEPS, type OffboardingStepName } from '../../model/schema/lifecycle';

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

const offboardingStepsOf = (fn: LifecycleHandlerName) =>
  OFFBOARDING_STEPS.filter((step) => OFFBOARDING_FUNCTION[step] === fn);

export const OKTA_STEPS: readonly string[] = [
  ...offboardingStepsOf('okta-tasks'),
  'activate',
  'verify-groups',
];
export const NOTIFY_STEPS: readonly string[] = [...offboardingStepsOf('notify-tasks'), 'notify-manager'];
export const AWS_ACCESS_STEPS: readonly string[] = offboardingStepsOf('aws-access-tasks');

export function functionForStep(step: string): LifecycleHandlerName {
  if ((NOTIFY_STEPS as readonly string[]).includes(step)) return 'notify-tasks';
  if ((AWS_ACCESS_STEPS as readonly string[]).includes(step)) return 'aws-access-tasks';
  if ((OKTA_STEPS as readonly string[]).includes(step)) return 'okta-tasks';
  throw new Error(`no function runs the step "${step}"`);
}
