// The Okta settings of an SSO app, by kind: SAML (signed responses and assertions,
// SHA-256), OIDC or bookmark. OIDC clients follow Okta's guidance for the authorization code
// flow: PKCE for every client that uses it (web clients too, beside their secret), no client
// secret for browser and native clients, and refresh tokens that rotate at every use (a
// stolen one works once), the old one usable for `oidc.refreshTokenLeeway` (guardrails.yaml).
import { durationSeconds } from '../../model/duration';
import type { OrgModel, SsoSettings } from '../../model/org-model';
import type { SpecObject } from '../spec';

/** Okta's default refresh token leeway, and the blueprint's (guardrails.yaml `oidc.refreshTokenLeeway`). */
export const DEFAULT_OIDC: OrgModel['guardrails']['oidc'] = { refreshTokenLeeway: 'PT30S' };

export const SAML_NAME_ID_FORMATS = {
  email: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
} as const;

const RESPONSE_TYPES = { authorization_code: 'code', refresh_token: undefined, implicit: 'token' } as const;

// Okta template syntax, not JavaScript interpolation.
const OKTA_USER_NAME = '$' + '{user.userName}';
const OKTA_SOURCE_LOGIN = '$' + '{source.login}';

export function appSettings(
  sso: SsoSettings,
  oidc: OrgModel['guardrails']['oidc'] = DEFAULT_OIDC,
): SpecObject {
  switch (sso.type) {
    case 'saml':
      return {
        ssoUrl: sso.ssoUrl,
        recipient: sso.recipient ?? sso.ssoUrl,
        destination: sso.destination ?? sso.ssoUrl,
        audience: sso.audience,
        subjectNameIdFormat: SAML_NAME_ID_FORMATS[sso.nameIdFormat],
        subjectNameIdTemplate: OKTA_USER_NAME,
        userNameTemplate: OKTA_SOURCE_LOGIN,
        responseSigned: true,
        assertionSigned: true,
        signatureAlgorithm: 'RSA_SHA256',
        digestAlgorithm: 'SHA256',
        honorForceAuthn: true,
        authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
        attributeStatements: sso.attributes.map((a) => ({
          name: a.name,
          namespace: 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified',
          type: 'EXPRESSION',
          values: [a.value],
        })),
      };
    case 'oidc': {
      const publicClient = sso.applicationType !== 'web';
      return {
        type: sso.applicationType,
        grantTypes: [...sso.grantTypes],
        responseTypes: [
          ...new Set(sso.grantTypes.flatMap((g) => (RESPONSE_TYPES[g] ? [RESPONSE_TYPES[g]] : []))),
        ],
        redirectUris: [...sso.redirectUris],
        postLogoutRedirectUris: [...sso.postLogoutRedirectUris],
        ...(sso.loginUri
          ? { loginUri: sso.loginUri, loginMode: 'SPEC', loginScopes: ['openid', 'email', 'profile'] }
          : { loginMode: 'DISABLED' }),
        tokenEndpointAuthMethod: publicClient ? 'none' : 'client_secret_basic',
        pkceRequired: publicClient || sso.grantTypes.includes('authorization_code'),
        ...(sso.grantTypes.includes('refresh_token')
          ? {
              refreshTokenRotation: 'ROTATE',
              refreshTokenLeeway: durationSeconds(oidc.refreshTokenLeeway) ?? 30,
            }
          : {}),
        consentMethod: 'TRUSTED',
        issuerMode: 'ORG_URL',
      };
    }
    case 'bookmark':
      return { url: sso.url };
  }
}
