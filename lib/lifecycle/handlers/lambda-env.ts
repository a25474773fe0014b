// The contract between the lifecycle construct (which sets them) and the Lambda handlers
// (which read them): environment variable names and where the directory file lands.

export const ENV = {
  auditTable: 'AUDIT_TABLE',
  idempotencyTable: 'IDEMPOTENCY_TABLE',
  oktaSecretArn: 'OKTA_SECRET_ARN',
  directoryPath: 'LIFECYCLE_DIRECTORY',
} as const;

/** The directory's file name, beside the handlers in the function code (/var/task). */
export const DIRECTORY_FILE = 'lifecycle-directory.json';

/** The Lambda functions (file names in the bundle; the handler is `<name>.handler`). */
export type LifecycleHandlerName = 'okta-tasks' | 'notify-tasks' | 'aws-access-tasks';
