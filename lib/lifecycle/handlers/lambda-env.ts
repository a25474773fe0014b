// The contract between the lifecycle construct (which sets them) and the Lambda handlers
// (which read them): environment variable names and the functions' names.

export const ENV = {
  auditTable: 'AUDIT_TABLE',
  idempotencyTable: 'IDEMPOTENCY_TABLE',
  /** The case leases (one offboarding per person at a time), for the functions that run offboarding tasks. */
  leaseTable: 'LEASE_TABLE',
  oktaSecretArn: 'OKTA_SECRET_ARN',
  /** A directory JSON file (tests and local runs); when unset, the parameter below. */
  directoryPath: 'LIFECYCLE_DIRECTORY',
  /** The SSM parameter holding the directory's S3 location (`s3://bucket/key`). */
  directoryParameter: 'LIFECYCLE_DIRECTORY_PARAMETER',
  /** start-tasks: the state machine each workflow starts (`<WORKFLOW>_STATE_MACHINE_ARN`). */
  offboardingStateMachine: 'OFFBOARDING_STATE_MACHINE_ARN',
  onboardingStateMachine: 'ONBOARDING_STATE_MACHINE_ARN',
  moverStateMachine: 'MOVER_STATE_MACHINE_ARN',
  /** Okta actor ids (the automation's own OAuth client ids), comma-separated: their events start nothing. */
  ownOktaActorIds: 'OWN_OKTA_ACTOR_IDS',
  /** aws-access-tasks: Security's session revocation function (name or ARN). */
  sessionRevocationFunction: 'SESSION_REVOCATION_FUNCTION',
} as const;

/** The Lambda functions (file names in the bundle; the handler is `<name>.handler`). */
export type LifecycleHandlerName = 'okta-tasks' | 'notify-tasks' | 'aws-access-tasks' | 'start-tasks';

/** A variable the function cannot run without (here, not in lambda-runtime.ts: Security's functions read it too). */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
