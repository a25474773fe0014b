// Errors the Okta client raises. Their `name`s are part of the contract with the Step
// Functions state machines, which retry on `OktaRateLimitError` and `OktaUnavailableError`.

/** Okta kept answering 429 after every retry the policy allows. */
export class OktaRateLimitError extends Error {
  override readonly name = 'OktaRateLimitError';
}

/** Okta kept answering 5xx, or timing out, after every retry the policy allows. */
export class OktaUnavailableError extends Error {
  override readonly name = 'OktaUnavailableError';
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
