// Ending a leaver's AWS sessions now, not when they expire: Security's session revocation
// function adds the Identity Store user id to a deny list (an SCP keyed on
// identitystore:UserId) and disables the Identity Store user where SCIM does not manage
// it. IT's lifecycle may only invoke that function; this is the call and its answer.

/** What the Security function answers (see lib/aws/session-revocation.ts). */
export interface SessionRevocationResult {
  readonly userId: string;
  /** revoked: added to the deny list now; already-revoked: it was on it. */
  readonly outcome: 'revoked' | 'already-revoked';
  /** When the entry is pruned: after the longest permission-set session has expired. */
  readonly deniedUntil: string;
  /**
   * disabled: the Identity Store user was disabled now; scim: left to the IdP's provisioning
   * (Okta deprovisions it on deactivation); not-supported: the store refused the status change.
   */
  readonly identityStoreUser: 'disabled' | 'already-disabled' | 'scim' | 'not-supported';
  readonly requestId: string;
}

export interface SessionRevocation {
  revoke(request: {
    readonly identityStoreUserId: string;
    readonly caseId: string;
    readonly requestedBy: string;
  }): Promise<SessionRevocationResult>;
}

/** An ended elevation's sessions: only its permission sets' roles, issued before its end. */
export interface ElevationSessionRequest {
  readonly identityStoreUserId: string;
  /** The elevation's Identity Center group, which the user must already be out of. */
  readonly groupId: string;
  readonly permissionSets: readonly string[];
  readonly issuedBefore: string;
  readonly caseId: string;
  readonly requestedBy: string;
}

export interface ElevationSessionRevocation {
  revokeElevation(request: ElevationSessionRequest): Promise<{
    readonly userId: string;
    readonly outcome: 'revoked' | 'already-revoked';
    readonly deniedUntil: string;
    readonly requestId: string;
  }>;
}

/**
 * An ended elevated grant's sessions: its permission set's role in those accounts, issued
 * before its end, whoever holds them (the group's assignment must already be gone).
 */
export interface GrantSessionRequest {
  /** The grant's Identity Center group, whose assignment must already be removed. */
  readonly groupId: string;
  readonly permissionSet: string;
  readonly permissionSetArn: string;
  readonly accountIds: readonly string[];
  readonly issuedBefore: string;
  readonly caseId: string;
  readonly requestedBy: string;
}

export interface GrantSessionRevocation {
  revokeGrant(request: GrantSessionRequest): Promise<{
    readonly outcome: 'revoked' | 'already-revoked';
    readonly deniedUntil: string;
    readonly requestId: string;
  }>;
}

/** The Security function refused the request, or failed: the message says which. */
export class SessionRevocationError extends Error {
  override readonly name = 'SessionRevocationError';
}

/** Invokes a Lambda function synchronously: its payload, or its error (type and message). */
export type InvokeFunction = (
  functionName: string,
  payload: unknown,
) => Promise<{ readonly payload: unknown; readonly functionError?: string; readonly requestId: string }>;

export class LambdaSessionRevocation
  implements SessionRevocation, ElevationSessionRevocation, GrantSessionRevocation
{
  constructor(
    private readonly invoke: InvokeFunction,
    private readonly functionName: string,
  ) {}

  async revokeGrant(request: GrantSessionRequest) {
    const answer = await this.invoke(this.functionName, { action: 'revoke-grant', ...request });
    if (answer.functionError !== undefined) {
      const { errorType, errorMessage } = (answer.payload ?? {}) as {
        errorType?: string;
        errorMessage?: string;
      };
      throw new SessionRevocationError(
        `${this.functionName} refused to end the sessions of ${request.permissionSet} granted to ${request.groupId}: ${errorType ?? answer.functionError}: ${errorMessage ?? 'no message'}`,
      );
    }
    const result = answer.payload as { outcome: 'revoked' | 'already-revoked'; deniedUntil: string };
    return { ...result, requestId: answer.requestId };
  }

  async revokeElevation(request: ElevationSessionRequest) {
    const answer = await this.invoke(this.functionName, { action: 'revoke-elevation', ...request });
    if (answer.functionError !== undefined) {
      const { errorType, errorMessage } = (answer.payload ?? {}) as {
        errorType?: string;
        errorMessage?: string;
      };
      throw new SessionRevocationError(
        `${this.functionName} refused to end the elevation sessions of ${request.identityStoreUserId}: ${errorType ?? answer.functionError}: ${errorMessage ?? 'no message'}`,
      );
    }
    const result = answer.payload as {
      userId: string;
      outcome: 'revoked' | 'already-revoked';
      deniedUntil: string;
    };
    return { ...result, requestId: answer.requestId };
  }

  async revoke(request: {
    identityStoreUserId: string;
    caseId: string;
    requestedBy: string;
  }): Promise<SessionRevocationResult> {
    const answer = await this.invoke(this.functionName, { action: 'revoke', ...request });
    if (answer.functionError !== undefined) {
      const { errorType, errorMessage } = (answer.payload ?? {}) as {
        errorType?: string;
        errorMessage?: string;
      };
      throw new SessionRevocationError(
        `${this.functionName} refused to revoke ${request.identityStoreUserId}: ${errorType ?? answer.functionError}: ${errorMessage ?? 'no message'}`,
      );
    }
    return { ...(answer.payload as Omit<SessionRevocationResult, 'requestId'>), requestId: answer.requestId };
  }
}

/** An in-memory deny list: for tests and the benchmark. */
export class MemorySessionRevocation
  implements SessionRevocation, ElevationSessionRevocation, GrantSessionRevocation
{
  readonly denied = new Map<string, string>();
  /** Ended grants: `groupId#permissionSet#issuedBefore` → account ids denied. */
  readonly grants = new Map<string, readonly string[]>();
  /** Ended elevations: `userId#groupId#issuedBefore` → permission sets denied. */
  readonly elevations = new Map<string, readonly string[]>();
  calls = 0;

  constructor(private readonly deniedUntil = '2026-01-01T12:00:00.000Z') {}

  async revokeGrant(request: GrantSessionRequest) {
    this.calls++;
    const key = `${request.groupId}#${request.permissionSet}#${request.issuedBefore}`;
    const already = this.grants.has(key);
    this.grants.set(key, [...request.accountIds].sort());
    return {
      outcome: already ? ('already-revoked' as const) : ('revoked' as const),
      deniedUntil: this.deniedUntil,
      requestId: `revocation-${this.calls}`,
    };
  }

  async revokeElevation(request: ElevationSessionRequest) {
    this.calls++;
    const key = `${request.identityStoreUserId}#${request.groupId}#${request.issuedBefore}`;
    const already = this.elevations.has(key);
    this.elevations.set(key, [...request.permissionSets].sort());
    return {
      userId: request.identityStoreUserId,
      outcome: already ? ('already-revoked' as const) : ('revoked' as const),
      deniedUntil: this.deniedUntil,
      requestId: `revocation-${this.calls}`,
    };
  }

  async revoke(request: { identityStoreUserId: string }): Promise<SessionRevocationResult> {
    this.calls++;
    const already = this.denied.has(request.identityStoreUserId);
    this.denied.set(request.identityStoreUserId, this.deniedUntil);
    return {
      userId: request.identityStoreUserId,
      outcome: already ? 'already-revoked' : 'revoked',
      deniedUntil: this.deniedUntil,
      identityStoreUser: already ? 'already-disabled' : 'disabled',
      requestId: `revocation-${this.calls}`,
    };
  }
}
