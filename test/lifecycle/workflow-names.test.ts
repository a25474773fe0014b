// The names the lifecycle workflows share between the runtime, the state machines, the audit
// trail and the tests: pinned here once, in full. Every other test reads them from their
// constants; a change here is a change of contract (executions in flight carry the old names
// in their tasks, and the audit trail keeps them).
import { IdempotencyAlreadyInProgressError } from '@aws-lambda-powertools/idempotency';
import {
  CASE_ALREADY_RUNNING_ERROR,
  IDEMPOTENCY_IN_PROGRESS_ERROR,
  LIFECYCLE_ACTIONS,
  REPORT_MOVE,
  REVOKE_AWS_SESSIONS,
} from '../../lib/lifecycle/handlers/task-names';
import {
  AWS_ACCESS_STEPS,
  functionForStep,
  NOTIFY_STEPS,
  OKTA_STEPS,
} from '../../lib/lifecycle/handlers/task-routing';
import { CaseAlreadyRunningError } from '../../lib/lifecycle/lease/lease-store';
import { OFFBOARDING } from '../../lib/lifecycle/offboarding/offboarding-steps';
import { ONBOARDING } from '../../lib/lifecycle/onboarding/onboarding-steps';
import { OFFBOARDING_STEPS, ONBOARDING_STEPS } from '../../lib/model/schema/lifecycle';

test('the offboarding and onboarding steps, in the order they run', () => {
  expect(OFFBOARDING_STEPS).toEqual([
    'suspend',
    'clear-sessions',
    'revoke-tokens',
    'reset-factors',
    'transfer-data',
    'remove-groups',
    'unassign-apps',
    'deny-aws',
    'notify',
    'deactivate',
  ]);
  expect(ONBOARDING_STEPS).toEqual(['activate', 'verify-groups', 'notify-manager']);
  expect(OFFBOARDING.map((s) => s.name)).toEqual(OFFBOARDING_STEPS);
  expect(ONBOARDING.map((s) => s.name)).toEqual(ONBOARDING_STEPS);
});

test('each step runs in one function, the one holding the access it needs', () => {
  expect(OKTA_STEPS).toEqual([
    'suspend',
    'clear-sessions',
    'revoke-tokens',
    'reset-factors',
    'remove-groups',
    'unassign-apps',
    'deactivate',
    'activate',
    'verify-groups',
  ]);
  expect(NOTIFY_STEPS).toEqual(['transfer-data', 'notify', 'notify-manager']);
  expect(AWS_ACCESS_STEPS).toEqual(['deny-aws']);
  for (const step of [...OFFBOARDING_STEPS, ...ONBOARDING_STEPS])
    expect([OKTA_STEPS, NOTIFY_STEPS, AWS_ACCESS_STEPS].filter((steps) => steps.includes(step))).toHaveLength(
      1,
    );
  expect(() => functionForStep('delete-user')).toThrow('no function runs the step "delete-user"');
});

test('the task actions and the audit steps beside the workflow steps', () => {
  expect(LIFECYCLE_ACTIONS).toEqual({
    openOffboarding: 'open-offboarding',
    offboardingStep: 'offboarding-step',
    revokeAwsSessions: 'revoke-aws-sessions',
    openOnboarding: 'open-onboarding',
    onboardingStep: 'onboarding-step',
    reportMove: 'report-move',
  });
  expect([REVOKE_AWS_SESSIONS, REPORT_MOVE]).toEqual(['revoke-aws-sessions', 'report-move']);
});

test('the error names the state machines retry are those the runtime raises', () => {
  expect(new CaseAlreadyRunningError({} as never).name).toBe(CASE_ALREADY_RUNNING_ERROR);
  expect(new IdempotencyAlreadyInProgressError('').name).toBe(IDEMPOTENCY_IN_PROGRESS_ERROR);
});
