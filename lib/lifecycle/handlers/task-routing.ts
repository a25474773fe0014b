// Which Lambda function runs which step: each function holds only the access its steps
// need. Shared by the handlers (which refuse other steps) and the state machines.
import type { LifecycleHandlerName } from './lambda-env';

export const OKTA_STEPS = [
  'suspend',
  'clear-sessions',
  'revoke-tokens',
  'reset-factors',
  'remove-groups',
  'unassign-apps',
  'deactivate',
  'activate',
  'verify-groups',
] as const;
export const NOTIFY_STEPS = ['transfer-data', 'notify', 'notify-manager'] as const;
export const AWS_ACCESS_STEPS = ['deny-aws'] as const;

export function functionForStep(step: string): LifecycleHandlerName {
  if ((NOTIFY_STEPS as readonly string[]).includes(step)) return 'notify-tasks';
  if ((AWS_ACCESS_STEPS as readonly string[]).includes(step)) return 'aws-access-tasks';
  if ((OKTA_STEPS as readonly string[]).includes(step)) return 'okta-tasks';
  throw new Error(`no function runs the step "${step}"`);
}
