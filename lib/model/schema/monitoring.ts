// config/security/monitoring.yaml (security-owned): threat detection services and the
// alert rules that page people.
import { z } from 'zod';
import { durationSeconds } from '../duration';
import { duration, id } from './common';
import { oktaAlertRule } from './okta-alert-rule';

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
    /** Okta System Log events that page (lib/model/schema/okta-alert-rule.ts). */
    oktaRules: z
      .array(oktaAlertRule)
      .default([])
      .superRefine((rules, ctx) => {
        const seen = new Set<string>();
        rules.forEach((r, i) => {
          if (seen.has(r.id))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: 'give each Okta alert rule its own id',
              input: r.id,
              params: { problem: `duplicate Okta alert rule id "${r.id}"` },
            });
          seen.add(r.id);
        });
      }),
    /** Page when the Okta log stream delivers no event for this long. */
    oktaSilence: duration
      .refine(
        (d) => {
          const s = durationSeconds(d);
          return s === undefined || (s >= 600 && s <= 86400 && s % 300 === 0);
        },
        { error: 'a whole number of 5 minutes from PT10M to P1D, e.g. "PT1H"' },
      )
      .default('PT1H'),
  }),
});

export type MonitoringFile = z.infer<typeof monitoringFile>;
