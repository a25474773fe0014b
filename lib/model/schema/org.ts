// config/org.yaml (security-owned): the organisation itself, its teams and who owns which
// function of the program, its AWS organization, its Okta org and its alert channels.
import { z } from 'zod';
import { awsAccountId, awsRegion, domain, email, id, side, text } from './common';

export const FUNCTIONS = [
  'access-management',
  'change-management',
  'incident-management',
  'monitoring',
  'offboarding',
  'onboarding',
  'risk-management',
  'vendor-management',
] as const;

const team = z.strictObject({
  id,
  name: text,
  side,
  github: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
    error: 'GitHub teams are written "org/team-slug", e.g. "acme/security"',
  }),
  email,
});

const ou = z.strictObject({
  id,
  name: text,
  ouId: z
    .string()
    .regex(/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/, { error: 'OU ids look like "ou-ab12-cd34ef56"' })
    .optional(),
});

const account = z.strictObject({
  id,
  name: text,
  accountId: awsAccountId,
  email,
  ou: id.optional(),
  role: z.enum(['management', 'log-archive', 'audit', 'workload']).default('workload'),
});

const channel = z.strictObject({
  id,
  type: z.enum(['email', 'https']),
  endpoint: z.string().min(3),
});

export const orgFile = z.strictObject({
  name: text,
  domains: z.array(domain).min(1),
  teams: z.array(team).min(1),
  functions: z.partialRecord(z.enum(FUNCTIONS), id).default({}),
  okta: z.strictObject({
    orgUrl: z.string().regex(/^https:\/\/[a-z0-9-]+\.(?:okta|oktapreview|okta-emea)\.com$/, {
      error: 'expected your Okta org URL, e.g. "https://acme.okta.com"',
    }),
  }),
  aws: z.strictObject({
    organizationId: z
      .string()
      .regex(/^o-[a-z0-9]{10,32}$/, { error: 'organization ids look like "o-a1b2c3d4e5"' }),
    homeRegion: awsRegion,
    regions: z.array(awsRegion).min(1).optional(),
    identityCenter: z.strictObject({
      instanceArn: z.string().regex(/^arn:aws[a-z-]*:sso:::instance\/(?:sso)?ins-[a-zA-Z0-9-.]{16}$/, {
        error:
          'expected an Identity Center instance ARN, e.g. "arn:aws:sso:::instance/ssoins-1234567890abcdef"',
      }),
      identityStoreId: z.string().regex(/^d-[0-9a-f]{10}$/, {
        error: 'expected an Identity Store id, e.g. "d-1234567890"',
      }),
    }),
    ous: z.array(ou).default([]),
    accounts: z.array(account).min(1),
  }),
  alertChannels: z.array(channel).default([]),
  /** The repository this config lives in: the GitHub deploy roles trust only its workflows. */
  github: z
    .strictObject({
      repository: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
        error: 'GitHub repositories are written "org/name", e.g. "acme/org-blueprint"',
      }),
      environments: z.strictObject({ it: text, security: text }).default({ it: 'it', security: 'security' }),
    })
    .optional(),
});

export type OrgFile = z.infer<typeof orgFile>;
