// Where each input of an app the blueprint declares (lib/okta/specs/app-settings.ts, in the
// @pulumi/okta provider's names) lives in Okta's application object, so the import can read
// the value Okta holds and say which ones the first deploy would change.

type Json = Record<string, unknown>;

/** A path inside Okta's application JSON. */
export type AppFieldPath = readonly string[];

export const SAML_FIELDS: Readonly<Record<string, AppFieldPath>> = {
  ssoUrl: ['settings', 'signOn', 'ssoAcsUrl'],
  recipient: ['settings', 'signOn', 'recipient'],
  destination: ['settings', 'signOn', 'destination'],
  audience: ['settings', 'signOn', 'audience'],
  subjectNameIdFormat: ['settings', 'signOn', 'subjectNameIdFormat'],
  subjectNameIdTemplate: ['settings', 'signOn', 'subjectNameIdTemplate'],
  userNameTemplate: ['credentials', 'userNameTemplate', 'template'],
  responseSigned: ['settings', 'signOn', 'responseSigned'],
  assertionSigned: ['settings', 'signOn', 'assertionSigned'],
  signatureAlgorithm: ['settings', 'signOn', 'signatureAlgorithm'],
  digestAlgorithm: ['settings', 'signOn', 'digestAlgorithm'],
  honorForceAuthn: ['settings', 'signOn', 'honorForceAuthn'],
  authnContextClassRef: ['settings', 'signOn', 'authnContextClassRef'],
  attributeStatements: ['settings', 'signOn', 'attributeStatements'],
};

export const OIDC_FIELDS: Readonly<Record<string, AppFieldPath>> = {
  type: ['settings', 'oauthClient', 'application_type'],
  grantTypes: ['settings', 'oauthClient', 'grant_types'],
  responseTypes: ['settings', 'oauthClient', 'response_types'],
  redirectUris: ['settings', 'oauthClient', 'redirect_uris'],
  postLogoutRedirectUris: ['settings', 'oauthClient', 'post_logout_redirect_uris'],
  loginUri: ['settings', 'oauthClient', 'initiate_login_uri'],
  loginMode: ['settings', 'oauthClient', 'idp_initiated_login', 'mode'],
  loginScopes: ['settings', 'oauthClient', 'idp_initiated_login', 'default_scope'],
  tokenEndpointAuthMethod: ['credentials', 'oauthClient', 'token_endpoint_auth_method'],
  pkceRequired: ['credentials', 'oauthClient', 'pkce_required'],
  consentMethod: ['settings', 'oauthClient', 'consent_method'],
  issuerMode: ['settings', 'oauthClient', 'issuer_mode'],
};

export const BOOKMARK_FIELDS: Readonly<Record<string, AppFieldPath>> = {
  url: ['settings', 'app', 'url'],
};

export function readField(app: Json, path: AppFieldPath): unknown {
  let value: unknown = app;
  for (const key of path) value = (value as Json | undefined)?.[key];
  return value;
}

export function writeField(app: Json, path: AppFieldPath, value: unknown): void {
  let node = app;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path.at(-1)!] = value;
}
