// How the lifecycle automation signs in to Okta. Production: an OAuth 2.0 service app
// with a private key (scoped, short-lived tokens, no user behind it). A quick start or a
// local test double: an SSWS API token. Read from the environment (CLI) or from the
// Secrets Manager secret (Lambdas), both as the same flat key/value shape.

/**
 * OAuth scopes IT's lifecycle service app is granted, and asks for by default (asking for
 * one not granted fails the token request). No roles scopes: admin roles are Security's
 * (lib/okta/it-admin-scope.ts), so a leaver's roles assigned directly are left to Security
 * (offboarding/security-handoff.ts). Security running offboarding with its own service app
 * adds `okta.roles.read okta.roles.manage` in OKTA_SCOPES, and those are unassigned too.
 */
export const OKTA_SCOPES = [
  'okta.apps.manage',
  'okta.apps.read',
  'okta.groups.manage',
  'okta.groups.read',
  'okta.users.manage',
  'okta.users.read',
] as const;

export type OktaCredentials =
  | {
      readonly kind: 'private-key';
      readonly orgUrl: string;
      readonly clientId: string;
      /** PEM, or a JWK as JSON. */
      readonly privateKey: string;
      readonly keyId?: string;
      readonly scopes: readonly string[];
    }
  | { readonly kind: 'api-token'; readonly orgUrl: string; readonly token: string };

/** The secret's JSON keys, and the matching environment variables for the CLI. */
export const CREDENTIAL_KEYS = {
  orgUrl: 'OKTA_ORG_URL',
  clientId: 'OKTA_CLIENT_ID',
  privateKey: 'OKTA_PRIVATE_KEY',
  keyId: 'OKTA_KEY_ID',
  scopes: 'OKTA_SCOPES',
  apiToken: 'OKTA_API_TOKEN',
} as const;

type CredentialKey = keyof typeof CREDENTIAL_KEYS;

/**
 * Credentials from a flat record (a parsed secret, or the environment through `fromEnv`).
 * `defaultOrgUrl` (the org in config/org.yaml) applies when the record names none.
 * Throws with the names of what is missing.
 */
export function oktaCredentials(
  values: Partial<Record<CredentialKey, string | undefined>>,
  defaultOrgUrl?: string,
  name: (key: CredentialKey) => string = (key) => key,
): OktaCredentials {
  const get = (key: CredentialKey) => {
    const value = values[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const orgUrl = get('orgUrl') ?? defaultOrgUrl;
  if (orgUrl === undefined) throw new Error(`no Okta org URL: set ${name('orgUrl')}`);
  const clientId = get('clientId');
  const privateKey = get('privateKey');
  if (clientId !== undefined || privateKey !== undefined) {
    if (clientId === undefined || privateKey === undefined)
      throw new Error(
        `OAuth credentials need both ${name('clientId')} and ${name('privateKey')} (${name(clientId === undefined ? 'clientId' : 'privateKey')} is missing)`,
      );
    const keyId = get('keyId');
    return {
      kind: 'private-key',
      orgUrl,
      clientId,
      privateKey,
      ...(keyId === undefined ? {} : { keyId }),
      scopes: get('scopes')?.split(/[\s,]+/) ?? [...OKTA_SCOPES],
    };
  }
  const token = get('apiToken');
  if (token !== undefined) return { kind: 'api-token', orgUrl, token };
  throw new Error(
    `no Okta credentials: set ${name('clientId')} and ${name('privateKey')} (an OAuth service app, for production) or ${name('apiToken')}`,
  );
}

/** Credentials from environment variables (OKTA_ORG_URL, OKTA_CLIENT_ID, ...). */
export function oktaCredentialsFromEnv(env: NodeJS.ProcessEnv, defaultOrgUrl?: string): OktaCredentials {
  const values = Object.fromEntries(
    Object.entries(CREDENTIAL_KEYS).map(([key, variable]) => [key, env[variable]]),
  ) as Partial<Record<CredentialKey, string>>;
  return oktaCredentials(values, defaultOrgUrl, (key) => CREDENTIAL_KEYS[key]);
}
