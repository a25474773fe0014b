// Errors the Okta client raises. Their `name`s are part of the contract with the Step
// Functions state machines, which retry the ones in RETRYABLE_ERROR_NAMES (lib/aws/
// lifecycle-retry.ts imports the lists below; nothing else names them).

/** Okta kept answering 429 after every retry the policy allows. */
export class OktaRateLimitError extends Error {
  override readonly name = 'OktaRateLimitError';
}

/** Okta kept answering 5xx, or timing out, after every retry the policy allows. */
export class OktaUnavailableError extends Error {
  override readonly name = 'OktaUnavailableError';
}

/**
 * A change was sent and no answer says whether Okta made it (a timeout, a dropped
 * connection, a 5xx after the request left): never re-sent blindly. The step that sent it
 * re-reads Okta's state and decides; this escapes only when Okta stays unreadable.
 */
export class OktaAmbiguousOutcomeError extends Error {
  override readonly name = 'OktaAmbiguousOutcomeError';
  constructor(
    message: string,
    /** `POST /api/v1/users/{id}/lifecycle/suspend` */
    readonly request: string,
  ) {
    super(message);
  }
}

/** No Okta user has this id or login. */
export class UnknownOktaUserError extends Error {
  override readonly name = 'UnknownOktaUserError';
}

/** The user is in a state the workflow cannot safely act on by itself. */
export class OktaUserStateError extends Error {
  override readonly name = 'OktaUserStateError';
}

/** Okta group rules have not (yet) put the user in the groups the config says they get. */
export class GroupsNotLandedError extends Error {
  override readonly name = 'GroupsNotLandedError';
}

/** Errors waiting can fix: Okta limiting, down, or leaving an outcome unknown (the retry re-reads). */
export const RETRYABLE_ERROR_NAMES = [
  'OktaRateLimitError',
  'OktaUnavailableError',
  'OktaAmbiguousOutcomeError',
] as const satisfies readonly (
  | OktaRateLimitError
  | OktaUnavailableError
  | OktaAmbiguousOutcomeError
)['name'][];

/** Okta applies group rules asynchronously: worth waiting for (onboarding's group check). */
export const GROUPS_NOT_LANDED_ERROR_NAMES = [
  'GroupsNotLandedError',
] as const satisfies readonly GroupsNotLandedError['name'][];

/** The HTTP status of an error the Okta SDK raised for an answer (OktaApiError, HttpError). */
export function oktaStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
