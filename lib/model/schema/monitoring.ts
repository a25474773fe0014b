// config/security/monitoring.yaml (security-owned): threat detection services and the
// alert rules that page people.
import { z } from 'zod';
import { id } from './common';

export const SECURITY_HUB_STANDARDS = [
  'cis-aws-foundations',
  'aws-foundational-security-best-practices',
] as const;

export const monitoringFile = z.strictObject({
  auditAccount: id,
  guardDuty: z.strictObject({ enabled: z.boolean(), s3Protection: z.boolean().default(true) }),
  securityHub: z.strictObject({
    enabled: z.boolean(),
    standards: z.array(z.enum(SECURITY_HUB_STANDARDS)).default([]),
  }),
  awsConfig: z.strictObject({ enabled: z.boolean() }),
  accessAnalyzer: z.strictObject({ enabled: z.boolean() }),
  alerts: z.strictObject({
    channels: z.array(id).min(1),
    cisAlarms: z.boolean().default(true),
    guardDutyMinSeverity: z.number().min(1).max(8.9).default(7),
    oktaEvents: z
      .array(
        z.string().regex(/^[a-z_]+(?:\.[a-z_]+)+$/, {
          error: 'expected an Okta event type, e.g. "user.session.start"',
        }),
      )
      .default([]),
  }),
});

export type MonitoringFile = z.infer<typeof monitoringFile>;
