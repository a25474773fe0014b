// config/security/guardrails.yaml (security-owned): the risk tolerances leadership set.
// Every guardrail rule reads its limits and its severity from here.
import { z } from 'zod';
import { duration, iamPolicyArn, id, riskTier } from './common';

const severity = z.enum(['error', 'warning', 'off']);

export const guardrailsFile = z.strictObject({
  privilegedAccess: z
    .strictObject({
      maxMembership: duration.default('P90D'),
      /** The longest elevation (`for:`, or `until:` an instant) a privileged membership or grant may have. */
      maxElevation: duration.default('PT8H'),
      /**
       * The privileged group whose members may open and confirm break-glass elevations
       * (`blueprint elevate`); two different members are needed for each.
       */
      elevationApprovers: id.optional(),
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
      default: duration.default('PT12H'),
      adminConsole: duration.default('PT1H'),
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
