// Names shared by the Lambda runtime (which raises or records them) and the state machines in
// lib/aws (which match or pass them). They live apart from the runtime so that synthesizing the
// state machines loads only these constants, not the handlers: the review loads this file,
// so it is Security's (REVIEW_LOADED_LIFECYCLE_MODULES).

/** The audit step name of ending a leaver's AWS sessions (after deny-aws). */
export const REVOKE_AWS_SESSIONS = 'revoke-aws-sessions';

/** The name of a throttled or unavailable answer (429, 503) of a signed call: the state machines retry it. */
export const AWS_THROTTLING_ERROR = 'AwsThrottlingError';

/**
 * The name of the error a task raises when another run holds the person's offboarding lease
 * (lib/lifecycle/lease): the state machines retry it, so the execution goes on once that run ends.
 */
export const CASE_ALREADY_RUNNING_ERROR = 'CaseAlreadyRunningError';
