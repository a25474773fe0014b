// config/it/apps.yaml (IT-owned): SSO apps with their vendor and risk metadata.
import { z } from 'zod';
import { calendarDate, dataClassification, httpsUrl, id, riskTier, text } from './common';

const attribute = z.strictObject({ name: text, value: text });

const saml = z.strictObject({
  type: z.literal('saml'),
  ssoUrl: httpsUrl,
  audience: text,
  recipient: httpsUrl.optional(),
  destination: httpsUrl.optional(),
  nameIdFormat: z.enum(['email', 'unspecified', 'persistent']).default('email'),
  attributes: z.array(attribute).default([]),
});

const oidc = z.strictObject({
  type: z.literal('oidc'),
  applicationType: z.enum(['web', 'browser', 'native']).default('web'),
  redirectUris: z.array(httpsUrl).min(1),
  postLogoutRedirectUris: z.array(httpsUrl).default([]),
  loginUri: httpsUrl.optional(),
  grantTypes: z
    .array(z.enum(['authorization_code', 'refresh_token', 'implicit']))
    .default(['authorization_code']),
});

const bookmark = z.strictObject({
  type: z.literal('bookmark'),
  url: httpsUrl,
});

export const app = z.strictObject({
  id,
  name: text,
  vendor: text,
  owner: id,
  risk: riskTier,
  data: dataClassification,
  lastVendorReview: calendarDate.optional(),
  mfa: z.boolean().default(false),
  groups: z.array(id).default([]),
  /**
   * `scim` once the app's SCIM provisioning connection is set up in the Okta admin console (its
   * token is a secret that rotates, so not config): only then can groups be pushed to it, so
   * Group Push to AWS IAM Identity Center waits for it (a first deploy would fail without).
   */
  provisioning: z.enum(['scim']).optional(),
  /** Direct assignment to people; the guardrails forbid it, so it exists to be reported. */
  people: z.array(id).optional(),
  sso: z.discriminatedUnion('type', [saml, oidc, bookmark]),
});

export const appsFile = z.strictObject({
  apps: z.array(app).default([]),
});

export type AppsFile = z.infer<typeof appsFile>;
