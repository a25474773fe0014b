// The environment the session revocation construct sets and its function reads.
export const REVOCATION_ENV = {
  table: 'REVOKED_USERS_TABLE',
  policyId: 'DENY_LIST_POLICY_ID',
  identityStoreId: 'IDENTITY_STORE_ID',
  longestSessionSeconds: 'LONGEST_SESSION_SECONDS',
  instanceArn: 'IDENTITY_CENTER_INSTANCE_ARN',
} as const;
