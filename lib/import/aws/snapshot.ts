// What the AWS import reads, as plain data: Identity Center's permission sets (with every
// policy kind a set can carry, representable or not) and account assignments, the names of
// the principals they name, and the organization's accounts and OUs. Read by
// read-identity-center.ts, turned into config by to-config.ts; tests build it directly too.

export interface SnapshotPermissionSet {
  readonly arn: string;
  readonly name: string;
  readonly description?: string;
  /** ISO-8601, e.g. PT1H (Identity Center's default when unset). */
  readonly sessionDuration?: string;
  readonly relayState?: string;
  /** AWS managed (and any other ARN-attached) policies. */
  readonly managedPolicyArns: readonly string[];
  readonly customerManagedPolicies: readonly { readonly name: string; readonly path: string }[];
  /** The inline policy document, as Identity Center returns it (a JSON string). */
  readonly inlinePolicy?: string;
  readonly permissionsBoundary?: {
    readonly managedPolicyArn?: string;
    readonly customerManagedPolicy?: { readonly name: string; readonly path: string };
  };
}

export interface SnapshotAssignment {
  readonly accountId: string;
  readonly permissionSetArn: string;
  readonly principalType: 'GROUP' | 'USER';
  readonly principalId: string;
}

export interface SnapshotOu {
  readonly ouId: string;
  readonly name: string;
  /** The root (`r-...`) or another OU. */
  readonly parentId: string;
}

export interface SnapshotAccount {
  readonly accountId: string;
  readonly name: string;
  readonly email: string;
  /** ACTIVE, SUSPENDED, PENDING_CLOSURE. */
  readonly status: string;
  /** The root (`r-...`) or the OU the account sits in. */
  readonly parentId: string;
}

export interface IdentityCenterSnapshot {
  readonly region: string;
  readonly instanceArn: string;
  readonly identityStoreId: string;
  readonly permissionSets: readonly SnapshotPermissionSet[];
  readonly assignments: readonly SnapshotAssignment[];
  /** Identity Store group id → display name (the name Okta pushes). */
  readonly groups: ReadonlyMap<string, string>;
  /** Identity Store user id → user name. */
  readonly users: ReadonlyMap<string, string>;
  readonly organization: {
    readonly id: string;
    readonly managementAccountId: string;
    readonly ous: readonly SnapshotOu[];
    readonly accounts: readonly SnapshotAccount[];
  };
}
