// Names shared by the Lambda runtime (which raises or records them) and the state machines in
// lib/aws (which match or pass them). They live apart from the runtime so that synthesizing the
// state machines loads only these constants, not the handlers: the review loads this file,
// so it is Security's (REVIEW_LOADED_LIFECYCLE_MODULES).

/** The audit step name of ending a leaver's AWS sessions (after deny-aws), and its task's action. */
export const REVOKE_AWS_SESSIONS = 'revoke-aws-sessions';

/** The audit step name of a mover's report, and its task's action. */
export const REPORT_MOVE = 'report-move';

/**
 * The actions of the tasks the state machines send the lifecycle functions (LifecycleTask's
 * `action`, part of the idempotency key): the state machines write them, the handlers route on them.
 */
export const LIFECYCLE_ACTIONS = {
  openOffboarding: 'open-offboarding',
  offboardingStep: 'offboarding-step',
  revokeAwsSessions: REVOKE_AWS_SESSIONS,
  openOnboarding: 'open-onboarding',
  onboardingStep: 'onboarding-step',
  reportMove: REPORT_MOVE,
} as const;

export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[keyof typeof LIFECYCLE_ACTIONS];

/** The name of a throttled or unavailable answer (429, 503) of a signed call: the state machines retry it. */
export const AWS_THROTTLING_ERROR = 'AwsThrottlingError';

/**
 * The name of the error a task raises when another run holds the person's offboarding lease
 * (lib/lifecycle/lease): the state machines retry it, so the execution goes on once that run ends.
 */
export const CASE_ALREADY_RUNNING_ERROR = 'CaseAlreadyRunningError';

/**
 * The name of the error Powertools Idempotency raises (IdempotencyAlreadyInProgressError) when
 * an earlier invocation with the same key is still recorded as in progress: the state machines
 * retry it. Powertools sets it in the constructor, so it is written out here (loading Powertools
 * into the review for one string would not do) and tests pin it to the class's.
 */
export const IDEMPOTENCY_IN_PROGRESS_ERROR = 'IdempotencyAlreadyInProgressError';
