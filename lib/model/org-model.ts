// The resolved, typed, immutable description of the organisation. Everything downstream
// (guardrails, CDK stacks, Okta specs, plans, reports) is a pure function of this.
import type { PathSegment } from './diagnostic';
import type { InlinePolicy } from './schema/access';
import type { ConfigFileKey } from './schema/files';
import type { GuardrailsFile } from './schema/guardrails';
import type { LifecycleFile } from './schema/lifecycle';
import type { LoggingFile } from './schema/logging';
import type { MonitoringFile } from './schema/monitoring';
import type { OrgFile } from './schema/org';

export type Side = 'it' | 'security';

/** Where an item was declared: which config file, and the path inside it. */
export interface SourceRef {
  readonly file: ConfigFileKey;
  readonly path: readonly PathSegment[];
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
  readonly github: string;
  readonly email: string;
  readonly at: SourceRef;
}

export interface Department {
  readonly id: string;
  readonly name: string;
}

/**
 * Okta status a person should have today: `staged` before their start date (less the
 * onboarding lead time), `active`, `suspended` after their end date, `deprovisioned` once the
 * offboarding grace period is over.
 */
export type PersonStatus = 'staged' | 'active' | 'suspended' | 'deprovisioned';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly department: string;
  readonly departmentName: string;
  readonly title: string;
  readonly manager?: string;
  readonly type: 'employee' | 'contractor';
  readonly start: string;
  readonly end?: string;
  readonly status: PersonStatus;
  readonly at: SourceRef;
}

export interface GroupRule {
  readonly departments?: readonly string[];
  readonly types?: readonly ('employee' | 'contractor')[];
  readonly titles?: readonly string[];
}

/**
 * The time-bound part of an elevation (a privileged membership or grant with `for:`, or with
 * `until:` an instant): when its clock started and the instant it ends.
 */
export interface ElevationWindow {
  /** When the clock started: the deploy of the change that declared it (see `LoadOptions.elevationStarts`). */
  readonly start: string;
  /** The instant it ends, `2026-12-03T18:00:00Z`. */
  readonly expiresAt: string;
  /** The declared duration, for `for:` elevations. */
  readonly for?: string;
}

export interface Membership {
  readonly person: string;
  readonly via: 'rule' | 'explicit';
  /** The last day (for an elevation: the day its instant falls on). */
  readonly until?: string;
  readonly reason?: string;
  /** For an elevation: its window. */
  readonly elevation?: ElevationWindow;
  /** Who confirmed a break-glass elevation. */
  readonly approvedBy?: string;
  /** Where an explicit membership was declared; absent for rule-based ones. */
  readonly at?: SourceRef;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly side: Side;
  /** Declared in config/security/privileged.yaml (or, wrongly, flagged privileged on the IT side). */
  readonly privileged: boolean;
  readonly owner: string;
  readonly kind: 'rule' | 'explicit';
  readonly rule?: GroupRule;
  /** Current members, sorted by person id; expired explicit memberships are not here. */
  readonly members: readonly Membership[];
  /** Explicit memberships whose `until` has passed: dropped from the desired state. */
  readonly expired: readonly Membership[];
  readonly at: SourceRef;
}

export type SsoSettings =
  | {
      readonly type: 'saml';
      readonly ssoUrl: string;
      readonly audience: string;
      readonly recipient?: string;
      readonly destination?: string;
      readonly nameIdFormat: 'email' | 'unspecified' | 'persistent';
      readonly attributes: readonly { readonly name: string; readonly value: string }[];
    }
  | {
      readonly type: 'oidc';
      readonly applicationType: 'web' | 'browser' | 'native';
      readonly redirectUris: readonly string[];
      readonly postLogoutRedirectUris: readonly string[];
      readonly loginUri?: string;
      readonly grantTypes: readonly ('authorization_code' | 'refresh_token' | 'implicit')[];
    }
  | { readonly type: 'bookmark'; readonly url: string };

export type RiskTier = 'low' | 'medium' | 'high' | 'critical';

export interface App {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly owner: string;
  readonly risk: RiskTier;
  readonly data: 'public' | 'internal' | 'confidential' | 'restricted';
  readonly lastVendorReview?: string;
  /** MFA declared on the app. */
  readonly mfa: boolean;
  /** MFA the sign-on policy enforces: declared, or demanded by the guardrails for the risk tier. */
  readonly mfaRequired: boolean;
  readonly groups: readonly string[];
  readonly people: readonly string[];
  /** `scim` when the app's SCIM provisioning is set up in Okta: Group Push needs it. */
  readonly provisioning?: 'scim';
  readonly sso: SsoSettings;
  readonly at: SourceRef;
}

export interface PermissionSet {
  readonly id: string;
  /** The Identity Center name, when it is not the id. */
  readonly name?: string;
  readonly side: Side;
  readonly privileged: boolean;
  /** Why it is privileged: `admin-like managed policy AdministratorAccess`, `assumes any role (...)`, ... */
  readonly privilegedBecause?: string;
  readonly description?: string;
  readonly sessionDuration: string;
  readonly sessionSeconds: number;
  readonly relayState?: string;
  readonly managedPolicies: readonly string[];
  readonly inlinePolicy?: InlinePolicy;
  readonly at: SourceRef;
}

export interface Grant {
  readonly side: Side;
  readonly group: string;
  readonly permissionSet: string;
  readonly accounts: readonly string[];
  readonly reason?: string;
  /** For a time-bound privileged grant: its window. */
  readonly elevation?: ElevationWindow;
  readonly at: SourceRef;
}

export interface Account {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly email: string;
  readonly ou?: string;
  readonly role: 'management' | 'log-archive' | 'audit' | 'workload';
  readonly at: SourceRef;
}

export interface Ou {
  readonly id: string;
  readonly name: string;
  readonly ouId?: string;
}

export interface OktaAdminRole {
  readonly group: string;
  readonly role: string;
  /** The groups the role is limited to; absent: the whole org. */
  readonly targetGroups?: readonly string[];
  readonly at: SourceRef;
}

export interface BreakGlass {
  readonly id: string;
  readonly description: string;
  readonly account: string;
  readonly principal: string;
  readonly at: SourceRef;
}

export interface AlertChannel {
  readonly id: string;
  readonly type: 'email' | 'https';
  readonly endpoint: string;
}

/** An elevation in force: who (or which group) holds what, until when, and why. */
export interface Elevation {
  /** `membership`: a person in a privileged group; `grant`: a group's permission set on accounts. */
  readonly kind: 'membership' | 'grant';
  /** Stable key (`elevationKey`): names its schedule and its audit case. */
  readonly key: string;
  readonly group: string;
  readonly person?: string;
  readonly permissionSet?: string;
  readonly accounts?: readonly string[];
  readonly reason?: string;
  readonly approvedBy?: string;
  readonly window: ElevationWindow;
  readonly at: SourceRef;
}

/** What one person can reach, and through which group. */
export interface PersonAccess {
  readonly groups: readonly {
    readonly group: string;
    readonly via: 'rule' | 'explicit';
    readonly until?: string;
    /** The instant an elevation ends. */
    readonly expiresAt?: string;
  }[];
  readonly apps: readonly { readonly app: string; readonly via: string }[];
  readonly aws: readonly {
    readonly account: string;
    readonly permissionSet: string;
    readonly via: string;
    /** The instant the membership or grant behind it ends, when it is an elevation. */
    readonly expiresAt?: string;
  }[];
}

export interface OrgModel {
  /** The date the model was resolved for (statuses and expiries depend on it). */
  readonly today: string;
  /** The instant the model was resolved at (`2026-12-03T14:00:00Z`): elevations end by it. */
  readonly now: string;
  readonly name: string;
  readonly domains: readonly string[];
  readonly oktaOrgUrl: string;
  readonly teams: readonly Team[];
  readonly functions: Readonly<Partial<Record<string, string>>>;
  readonly aws: {
    readonly organizationId: string;
    readonly homeRegion: string;
    readonly regions: readonly string[];
    readonly identityCenter: OrgFile['aws']['identityCenter'];
    readonly ous: readonly Ou[];
    readonly accounts: readonly Account[];
  };
  readonly alertChannels: readonly AlertChannel[];
  /** The repository and GitHub environments the deploy roles trust, when declared. */
  readonly github?: NonNullable<OrgFile['github']>;
  readonly departments: readonly Department[];
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
  readonly apps: readonly App[];
  readonly permissionSets: readonly PermissionSet[];
  readonly grants: readonly Grant[];
  /** Time-bound grants whose end has passed: dropped from the desired state. */
  readonly expiredGrants: readonly Grant[];
  /** Elevations in force at `now`, sorted by expiry then key. */
  readonly elevations: readonly Elevation[];
  readonly oktaAdminRoles: readonly OktaAdminRole[];
  readonly breakGlass: readonly BreakGlass[];
  readonly lifecycle: LifecycleFile;
  readonly logging: LoggingFile;
  readonly monitoring: MonitoringFile;
  readonly guardrails: GuardrailsFile;
  /** Per person id: what they can reach today. */
  readonly access: Readonly<Record<string, PersonAccess>>;
}
