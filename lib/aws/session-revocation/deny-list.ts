// The deny list behind session revocation, as pure functions: which user ids are valid,
// how long an entry stays (until the longest permission-set session issued before it has
// expired), and the SCP document that denies every action to those users' Identity Center
// sessions (`identitystore:UserId`, which AWS sets on every permission-set role session).

/** An Identity Store user id (API reference: UserId pattern). */
export const USER_ID_PATTERN =
  /^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/;

/** Organizations' limit on an SCP document (characters, whitespace excluded). */
export const SCP_MAX_CHARACTERS = 5120;

/** Matches no user: the deny list's statement while nobody is on it. */
export const NOBODY = 'no-revoked-user';

export const DENY_STATEMENT_SID = 'RevokedIdentityCenterSessions';

export interface DenyEntry {
  readonly userId: string;
  /** ISO timestamp after which the entry is pruned. */
  readonly deniedUntil: string;
  /**
   * An ended elevation: only the sessions of these permission sets' roles, issued before
   * `issuedBefore`, are denied (the person keeps their everyday access, and may be
   * elevated again at once). Absent for a leaver: every session is denied.
   */
  readonly elevation?: { readonly permissionSets: readonly string[]; readonly issuedBefore: string };
  /**
   * An ended elevated grant: the sessions of its permission set's role in these accounts,
   * issued before `issuedBefore`, whoever holds them (`userId` is then the entry's key).
   */
  readonly grant?: {
    readonly permissionSet: string;
    readonly accountIds: readonly string[];
    readonly issuedBefore: string;
  };
}

/** The role Identity Center makes for a permission set in each account: `AWSReservedSSO_<name>_<hash>`. */
export const permissionSetRolePattern = (permissionSet: string): string =>
  `arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_${permissionSet}_*`;

/** The same role in one account: `arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_<name>_*`. */
export const permissionSetRoleIn = (accountId: string, permissionSet: string): string =>
  permissionSetRolePattern(permissionSet).replace('iam::*:', `iam::${accountId}:`);

/** Statement ids of ended elevated grants: `EndedGrant1`, ... in the order of (permission set, time). */
export const GRANT_STATEMENT_SID = 'EndedGrant';

/** Statement ids of ended elevations: `EndedElevation1`, ... in the order of (user, time). */
export const ELEVATION_STATEMENT_SID = 'EndedElevation';

export class DenyListFullError extends Error {
  override readonly name = 'DenyListFullError';
}

/** Pruning margin after the longest session: clock skew and the SCP's propagation. */
export const PRUNE_MARGIN_MS = 15 * 60 * 1000;

export function deniedUntil(now: Date, longestSessionSeconds: number): string {
  return new Date(now.getTime() + longestSessionSeconds * 1000 + PRUNE_MARGIN_MS).toISOString();
}

/** The SCP for the entries still in force at `now`, ids sorted; throws when it would not fit. */
export function denyListDocument(entries: readonly DenyEntry[], now: Date): object {
  const live = entries.filter((e) => Date.parse(e.deniedUntil) > now.getTime());
  const ids = [...new Set(live.filter((e) => !e.elevation && !e.grant).map((e) => e.userId))].sort();
  const grants = live
    .filter((e) => e.grant)
    .sort((a, b) =>
      a.grant!.permissionSet < b.grant!.permissionSet
        ? -1
        : a.grant!.permissionSet > b.grant!.permissionSet
          ? 1
          : a.userId.localeCompare(b.userId),
    );
  const elevations = live
    .filter((e) => e.elevation)
    .sort((a, b) =>
      a.userId < b.userId
        ? -1
        : a.userId > b.userId
          ? 1
          : a.elevation!.issuedBefore.localeCompare(b.elevation!.issuedBefore),
    );
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: DENY_STATEMENT_SID,
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { 'identitystore:UserId': ids.length ? ids : [NOBODY] } },
      },
      // Sessions opened under an elevation end with it: its roles' sessions issued before the end.
      ...elevations.map((e, i) => ({
        Sid: `${ELEVATION_STATEMENT_SID}${i + 1}`,
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          StringEquals: { 'identitystore:UserId': e.userId },
          ArnLike: {
            'aws:PrincipalArn': [...e.elevation!.permissionSets].sort().map(permissionSetRolePattern),
          },
          DateLessThan: { 'aws:TokenIssueTime': e.elevation!.issuedBefore },
        },
      })),
      // Sessions opened under an elevated grant end with it: that role in its accounts, issued before the end.
      ...grants.map((e, i) => ({
        Sid: `${GRANT_STATEMENT_SID}${i + 1}`,
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          ArnLike: {
            'aws:PrincipalArn': [...e.grant!.accountIds]
              .sort()
              .map((account) => permissionSetRoleIn(account, e.grant!.permissionSet)),
          },
          DateLessThan: { 'aws:TokenIssueTime': e.grant!.issuedBefore },
        },
      })),
    ],
  };
  const size = JSON.stringify(document).length;
  if (size > SCP_MAX_CHARACTERS)
    throw new DenyListFullError(
      `${ids.length} revoked users make the deny list ${size} characters, over the ${SCP_MAX_CHARACTERS} an SCP allows: wait for entries to expire, or remove the permission sets' assignments of the remaining leavers by hand`,
    );
  return document;
}
