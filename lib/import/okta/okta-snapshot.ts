// What `blueprint import okta` reads from an Okta org, as plain data: the subset of the
// Management API's objects the mapper looks at, already paged through and sorted by id.
// OIDC client secrets are never part of it (the reader drops them on arrival).

export type OktaUserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'PASSWORD_EXPIRED'
  | 'LOCKED_OUT'
  | 'SUSPENDED'
  | 'DEPROVISIONED';

export interface SnapshotUser {
  readonly id: string;
  readonly status: OktaUserStatus;
  /** ISO timestamps as Okta gives them. */
  readonly created: string;
  readonly activated?: string;
  readonly statusChanged?: string;
  /** The whole profile, custom attributes included. */
  readonly profile: Readonly<Record<string, unknown>>;
}

export interface SnapshotGroup {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** Okta ids of the group's members (however they got there: rule or by hand). */
  readonly members: readonly string[];
  /** Admin roles assigned to the group; a group-scoped role's target groups when it has any. */
  readonly roles: readonly {
    readonly id: string;
    readonly type: string;
    readonly targetGroupIds?: readonly string[];
  }[];
}

export interface SnapshotGroupRule {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** The Okta Expression Language condition, when the rule has one. */
  readonly expression?: string;
  readonly groupIds: readonly string[];
  /** People the rule leaves out (`conditions.people.users.exclude`). */
  readonly excludedUsers: readonly string[];
}

export interface SnapshotApp {
  readonly id: string;
  /** Okta's app name (`bookmark`, `oidc_client`, an OIN key such as `slack`, or a custom app's). */
  readonly name: string;
  readonly label: string;
  readonly status: string;
  readonly signOnMode: string;
  /** `settings` as Okta returns it (settings.signOn for SAML, settings.oauthClient for OIDC). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** `credentials`, with any OAuth client secret removed. */
  readonly credentials: Readonly<Record<string, unknown>>;
  /** Provisioning and other features turned on (`PUSH_NEW_USERS`, `GROUP_PUSH`, ...). */
  readonly features: readonly string[];
  /** The authentication (access) policy the app uses, from `_links.accessPolicy`. */
  readonly accessPolicyId?: string;
  /** Whether Okta held an OAuth client secret for it (never read further). */
  readonly hadClientSecret: boolean;
  readonly groupIds: readonly string[];
  /** Users assigned to the app directly (scope USER), not through a group. */
  readonly userIds: readonly string[];
  /** Its Group Push mappings, read when the app has the GROUP_PUSH feature, sorted by id. */
  readonly pushMappings: readonly SnapshotPushMapping[];
}

/** A Group Push mapping: an Okta group pushed to the app (e.g. to Identity Center). */
export interface SnapshotPushMapping {
  readonly id: string;
  readonly sourceGroupId: string;
  /** `ACTIVE`, `INACTIVE` or `ERROR`. */
  readonly status: string;
}

export interface SnapshotPolicyRule {
  readonly id: string;
  readonly name: string;
  readonly priority?: number;
  readonly status: string;
  readonly system: boolean;
  readonly conditions?: unknown;
  readonly actions?: unknown;
}

export interface SnapshotPolicy {
  readonly id: string;
  readonly type: 'OKTA_SIGN_ON' | 'ACCESS_POLICY' | 'MFA_ENROLL' | 'PASSWORD';
  readonly name: string;
  readonly description?: string;
  readonly priority?: number;
  readonly status: string;
  readonly system: boolean;
  readonly conditions?: unknown;
  /** `settings` as Okta returns it (password complexity, age and lockout; enrollment authenticators). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly rules: readonly SnapshotPolicyRule[];
}

export interface SnapshotNetworkZone {
  readonly id: string;
  readonly name: string;
  /** `IP`, `DYNAMIC` or `DYNAMIC_V2`. */
  readonly type: string;
  /** `POLICY` or `BLOCKLIST`. */
  readonly usage: string;
  readonly status: string;
  /** Okta's own zones (LegacyIpZone, BlockedIpZone, ...). */
  readonly system: boolean;
  /** The gateway addresses of an IP zone (CIDR or range), as Okta lists them. */
  readonly gateways: readonly string[];
  /** A dynamic zone's locations: `US` or `US-CA`. */
  readonly locations: readonly string[];
  readonly proxyType?: string;
}

export interface SnapshotThreatInsight {
  /** `none`, `audit` or `block`. */
  readonly action: string;
  readonly excludeZones: readonly string[];
}

/** A behaviour detection rule (Okta's own, and any the blueprint made). */
export interface SnapshotBehavior {
  readonly id: string;
  readonly name: string;
  /** `ANOMALOUS_LOCATION`, `ANOMALOUS_DEVICE`, `ANOMALOUS_IP`, `VELOCITY`, ... */
  readonly type: string;
  readonly status: string;
}

export interface SnapshotLogStream {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly status: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** Admin roles assigned to a user directly (not through a group). */
export interface SnapshotUserRoles {
  readonly userId: string;
  readonly roles: readonly string[];
}

export interface OktaSnapshot {
  readonly orgUrl: string;
  readonly users: readonly SnapshotUser[];
  /** OKTA_GROUP groups only: the built-in Everyone and app-imported groups are not config. */
  readonly groups: readonly SnapshotGroup[];
  readonly rules: readonly SnapshotGroupRule[];
  readonly apps: readonly SnapshotApp[];
  readonly policies: readonly SnapshotPolicy[];
  readonly logStreams: readonly SnapshotLogStream[];
  readonly zones: readonly SnapshotNetworkZone[];
  readonly behaviors: readonly SnapshotBehavior[];
  /** Absent when the org has no ThreatInsight configuration to read. */
  readonly threatInsight?: SnapshotThreatInsight;
  readonly userRoles: readonly SnapshotUserRoles[];
}
