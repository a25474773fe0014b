// One elevation's end (or break-glass start) as the lifecycle runtime sees it: plain data
// the schedule or the CLI passes in, and the audit case it is recorded under.

/** What the one-time schedule of an elevation sends its expiry function. */
export interface ElevationExpiryRequest {
  readonly action: 'expire';
  /** `membership/aws-admins/ingrid-berg` (lib/model/elevation.ts `elevationKey`). */
  readonly key: string;
  readonly person: string;
  /** The Okta login, which Okta provisions as the Identity Center user name. */
  readonly login: string;
  readonly group: string;
  /** The group's display name in Okta and, pushed, in Identity Center. */
  readonly groupName: string;
  readonly expiresAt: string;
  /** The permission sets the group is granted: their open sessions end with the elevation. */
  readonly permissionSets: readonly string[];
  /** Set when it ends before `expiresAt` (see `EndedEarly`). */
  readonly endedEarly?: EndedEarly;
}

/**
 * An elevation removed from the config before its end (the pull request that ended it early,
 * or deleted the entry): its schedule resource's Delete carries the end out from this instant,
 * under the same audit case (its window's end stays its name).
 */
export interface EndedEarly {
  /** From when it is due (the Delete's instant), UTC. */
  readonly at: string;
  /** Why: what removed it. */
  readonly reason: string;
}

/**
 * What the schedule of an elevated grant's end sends: the group's permission set on those
 * accounts goes (the Identity Center account assignments), and the sessions it issued end.
 */
export interface GrantExpiryRequest {
  readonly action: 'expire-grant';
  /** `grant/aws-admins/administrator` (lib/model/elevation.ts `elevationKey`). */
  readonly key: string;
  readonly group: string;
  /** The group's display name in Okta and, pushed, in Identity Center. */
  readonly groupName: string;
  readonly permissionSet: string;
  /** The permission set's ARN: the stack fills it in at deploy time. */
  readonly permissionSetArn: string;
  /** The accounts the grant names, by AWS account id, sorted. */
  readonly accountIds: readonly string[];
  readonly expiresAt: string;
  /** Set when it ends before `expiresAt` (see `EndedEarly`). */
  readonly endedEarly?: EndedEarly;
}

/** Either end a schedule can carry out. */
export type ExpiryRequest = ElevationExpiryRequest | GrantExpiryRequest;

/** When an end is due: its window's end, or the instant it was ended early. */
export const dueAt = (request: ExpiryRequest): string => request.endedEarly?.at ?? request.expiresAt;

/** The audit case of one elevation's window: `elevation/membership/aws-admins/ingrid-berg/2026-11-23T18:00:00Z`. */
export const elevationCaseId = (key: string, expiresAt: string): string => `elevation/${key}/${expiresAt}`;

/** The contract between the expiry construct (which sets them) and its handler (which reads them). */
export const ELEVATION_ENV = {
  auditTable: 'ELEVATION_AUDIT_TABLE',
  oktaSecretArn: 'OKTA_SECRET_ARN',
  oktaOrgUrl: 'OKTA_ORG_URL',
  identityStoreId: 'IDENTITY_STORE_ID',
  sessionRevocationFunction: 'SESSION_REVOCATION_FUNCTION',
  instanceArn: 'IDENTITY_CENTER_INSTANCE_ARN',
} as const;

/** How a failed expiry is retried before it is parked in the dead-letter queue (and alarms). */
export const ELEVATION_RETRY = { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 3600 } as const;

/** The expiry steps, in the order they run. */
export const ELEVATION_EXPIRY_STEPS = [
  'remove-okta-membership',
  'remove-identity-center-membership',
  'end-aws-sessions',
] as const;

/** The record that opens an early end's steps: when, and why (its note). */
export const ENDED_EARLY_STEP = 'ended-early';

/** The steps that end an elevated grant, in the order they run. */
export const GRANT_EXPIRY_STEPS = ['remove-account-assignments', 'end-aws-sessions'] as const;
