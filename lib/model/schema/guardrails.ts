// config/security/guardrails.yaml (security-owned): the risk tolerances leadership set.
// Every guardrail rule reads its limits and its severity from here.
import { z } from 'zod';
import { durationSeconds } from '../duration';
import { duration, iamPolicyArn, id, riskTier } from './common';

const severity = z.enum(['error', 'warning', 'off']);

export const guardrailsFile = z.strictObject({
  privilegedAccess: z
    .strictObject({
      maxMembership: duration.default('P90D'),
      maxSessionDuration: duration.default('PT1H'),
      policies: z
        .array(iamPolicyArn)
        .default([
          'arn:aws:iam::aws:policy/AdministratorAccess',
          'arn:aws:iam::aws:policy/IAMFullAccess',
          'arn:aws:iam::aws:policy/PowerUserAccess',
        ]),
    })
    .prefault({}),
  mfa: z.strictObject({ requiredFromRisk: riskTier.default('high') }).prefault({}),
  sessions: z
    .strictObject({
      /** Global session lifetime for everyone (STIG V-273203: at most 18 hours). */
      default: duration.default('PT12H'),
      /** Global session lifetime for Okta administrators. */
      adminConsole: duration.default('PT1H'),
      /** Idle timeout of every global session, admins' and everyone's (STIG V-273186: 15 minutes). */
      idle: duration.default('PT15M'),
    })
    .superRefine((sessions, ctx) => {
      const idle = durationSeconds(sessions.idle);
      if (idle === undefined) return;
      if (idle < 60 || idle % 60 !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['idle'],
          input: sessions.idle,
          message: 'Okta counts idle time in whole minutes: at least "PT1M", e.g. "PT15M"',
          params: { problem: 'the idle timeout is out of range' },
        });
        return;
      }
      for (const key of ['adminConsole', 'default'] as const) {
        const lifetime = durationSeconds(sessions[key]);
        if (lifetime !== undefined && idle > lifetime)
          ctx.addIssue({
            code: 'custom',
            path: ['idle'],
            input: sessions.idle,
            message: `lower "idle" to at most ${sessions[key]}, or raise "sessions.${key}": a session cannot idle longer than it lives`,
            params: {
              problem: `the idle timeout ${sessions.idle} is longer than the ${key === 'default' ? 'session lifetime' : 'admin session lifetime'} sessions.${key} (${sessions[key]})`,
            },
          });
      }
    })
    .prefault({}),
  contractors: z.strictObject({ forbiddenGroups: z.array(id).default([]) }).prefault({}),
  blastRadius: z
    .strictObject({
      maxPeopleLosingAccessPercent: z.number().min(0).max(100).default(20),
      maxResourcesDeleted: z.number().int().min(0).default(10),
    })
    .prefault({}),
  vendorReview: z
    .strictObject({
      low: duration.default('P2Y'),
      medium: duration.default('P1Y'),
      high: duration.default('P1Y'),
      critical: duration.default('P6M'),
    })
    .prefault({}),
  severity: z.record(z.string(), severity).default({}),
});

export type GuardrailsFile = z.infer<typeof guardrailsFile>;
