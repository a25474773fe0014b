// config/security/guardrails.yaml (security-owned): the risk tolerances leadership set.
// Every guardrail rule reads its limits and its severity from here.
import { z } from 'zod';
import { durationSeconds } from '../duration';
import { duration, iamPolicyArn, id, ipAddress, riskTier, text } from './common';

const severity = z.enum(['error', 'warning', 'off']);

/** Okta behaviour detection rules: a new country, state, city, device or IP, or impossible travel. */
export const SIGN_IN_BEHAVIORS = [
  'new-country',
  'new-state',
  'new-city',
  'new-device',
  'new-ip',
  'velocity',
] as const;

/** An IP network zone (addresses) or a dynamic one (countries). */
const networkZone = z
  .strictObject({
    id,
    name: text,
    /** IP addresses, CIDRs (`203.0.113.0/24`) or ranges (`a-b`): an IP zone. */
    gateways: z.array(ipAddress).min(1).optional(),
    /** ISO 3166-1 country codes (`KP`), or country-region (`US-CA`): a dynamic zone. */
    locations: z
      .array(
        z
          .string()
          .regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, { error: 'expected a country code, e.g. "KP" or "US-CA"' }),
      )
      .min(1)
      .max(75)
      .optional(),
    /** Sign-ins from the zone are refused (an Okta blocklist zone). */
    block: z.boolean().default(false),
    /** ThreatInsight neither logs nor blocks sign-ins from it (IP zones only, e.g. the office). */
    threatInsightExempt: z.boolean().default(false),
  })
  .superRefine((zone, ctx) => {
    if ((zone.gateways === undefined) === (zone.locations === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [],
        input: zone.id,
        message: 'give the zone either "gateways" (an IP zone) or "locations" (a dynamic zone), not both',
        params: { problem: `network zone "${zone.id}" needs exactly one of gateways or locations` },
      });
    else if (zone.threatInsightExempt && zone.gateways === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['threatInsightExempt'],
        input: zone.threatInsightExempt,
        message:
          'only IP zones (with "gateways") can be exempt from ThreatInsight; remove it or list the addresses',
        params: { problem: `network zone "${zone.id}" is dynamic` },
      });
  });

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
  mfa: z
    .strictObject({
      requiredFromRisk: riskTier.default('high'),
      /** Everyone gives a second factor once per Okta session (administrators at every sign-on). */
      everySession: z.boolean().default(true),
      /**
       * Where only phishing-resistant factors (Okta FastPass, FIDO2/WebAuthn) sign in: the Okta
       * Admin Console (STIG V-273191), the Okta Dashboard (V-273190) and the AWS sign-in app.
       */
      phishingResistant: z
        .array(z.enum(['admin-console', 'dashboard', 'aws-sign-in']))
        .default(['admin-console', 'dashboard', 'aws-sign-in']),
    })
    .prefault({}),
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
  /** Okta's password and lockout policy; the defaults are the Okta IDaaS STIG's values. */
  passwords: z
    .strictObject({
      /** V-273195: at least 15 characters. */
      minLength: z.number().int().min(8).max(72).default(15),
      /** V-273196..V-273199: one of each character class. */
      require: z
        .array(z.enum(['lowercase', 'uppercase', 'number', 'symbol']))
        .default(['lowercase', 'uppercase', 'number', 'symbol']),
      /** V-273208: reject passwords in Okta's common password list. */
      rejectCommon: z.boolean().default(true),
      /** V-273209: the last 5 passwords cannot be reused. */
      history: z.number().int().min(0).max(30).default(5),
      /** V-273200: at least 24 hours between changes. */
      minAge: duration.default('PT24H'),
      /** V-273201: a password expires after 60 days. */
      maxAge: duration.default('P60D'),
      /** V-273189: locked after 3 failed attempts. */
      lockoutAttempts: z.number().int().min(1).max(100).default(3),
      /** Unlocked automatically after this long; absent, only an admin unlocks. */
      autoUnlock: duration.optional(),
    })
    .superRefine((p, ctx) => {
      const minAge = durationSeconds(p.minAge);
      const maxAge = durationSeconds(p.maxAge);
      if (maxAge !== undefined && (maxAge < 86400 || maxAge % 86400 !== 0))
        ctx.addIssue({
          code: 'custom',
          path: ['maxAge'],
          input: p.maxAge,
          message: 'Okta expires passwords after whole days: at least "P1D", e.g. "P60D"',
          params: { problem: 'the password lifetime is out of range' },
        });
      else if (minAge !== undefined && maxAge !== undefined && minAge >= maxAge)
        ctx.addIssue({
          code: 'custom',
          path: ['minAge'],
          input: p.minAge,
          message: `lower "minAge" below ${p.maxAge}, or raise "maxAge": a password must be changeable before it expires`,
          params: {
            problem: `the minimum password age ${p.minAge} is not shorter than maxAge (${p.maxAge})`,
          },
        });
      for (const key of ['minAge', 'autoUnlock'] as const) {
        const value = p[key];
        const seconds = value === undefined ? undefined : durationSeconds(value);
        if (seconds !== undefined && (seconds < 60 || seconds % 60 !== 0))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            input: value,
            message: `Okta counts this in whole minutes: at least "PT1M", e.g. "${key === 'minAge' ? 'PT24H' : 'PT30M'}"`,
            params: { problem: `"${key}" is out of range` },
          });
      }
    })
    .prefault({}),
  /** Okta network zones and ThreatInsight (Okta's own list of suspicious IPs). */
  network: z
    .strictObject({
      /** What ThreatInsight does with sign-ins from suspicious IPs. */
      threatInsight: z.enum(['none', 'audit', 'block']).default('block'),
      /** A blocklist zone for Tor and other anonymizing proxies. */
      blockAnonymizers: z.boolean().default(true),
      zones: z.array(networkZone).default([]),
    })
    .superRefine((network, ctx) => {
      const seen = new Set<string>();
      network.zones.forEach((z, i) => {
        if (seen.has(z.id))
          ctx.addIssue({
            code: 'custom',
            path: ['zones', i, 'id'],
            input: z.id,
            message: 'give each network zone its own id',
            params: { problem: `duplicate network zone id "${z.id}"` },
          });
        seen.add(z.id);
      });
    })
    .prefault({}),
  /**
   * Okta behaviour detection and risk scoring (global session policy rules): a sign-in Okta
   * finds unusual, or rates high risk, gives a second factor at that sign-in.
   */
  signInRisk: z
    .strictObject({
      /** Any of these (Okta ORs them) asks for MFA at that sign-in; each is an Okta behaviour. */
      behaviors: z
        .array(z.enum(SIGN_IN_BEHAVIORS))
        .default(['new-country', 'new-device', 'new-ip', 'velocity']),
      /** Sign-ins a behaviour compares against (Okta: 1–100, default 20). */
      recentSignIns: z.number().int().min(1).max(100).default(20),
      /** The speed between two sign-ins that counts as impossible travel, km/h (Okta: at least 1, default 805). */
      velocityKmh: z.number().int().min(1).optional(),
      /** A sign-in Okta's risk scoring rates high gives MFA at that sign-in. */
      highRiskMfa: z.boolean().default(true),
    })
    .superRefine((risk, ctx) => {
      const seen = new Set<string>();
      risk.behaviors.forEach((b, i) => {
        if (seen.has(b))
          ctx.addIssue({
            code: 'custom',
            path: ['behaviors', i],
            input: b,
            message: `list "${b}" once`,
            params: { problem: `duplicate behaviour "${b}"` },
          });
        seen.add(b);
      });
      if (risk.velocityKmh !== undefined && !risk.behaviors.includes('velocity'))
        ctx.addIssue({
          code: 'custom',
          path: ['velocityKmh'],
          input: risk.velocityKmh,
          message: 'add "velocity" to "behaviors", or remove "velocityKmh"',
          params: { problem: 'velocityKmh is set but "behaviors" leaves out velocity' },
        });
    })
    .prefault({}),
  /** OIDC clients (IT's apps with `sso.type: oidc`). */
  oidc: z
    .strictObject({
      /**
       * How long a rotated refresh token stays usable after its successor is issued, so a client
       * racing its own requests is not logged out (Okta: 0 to 60 seconds, default 30).
       */
      refreshTokenLeeway: duration.default('PT30S'),
    })
    .superRefine((oidc, ctx) => {
      const seconds = durationSeconds(oidc.refreshTokenLeeway);
      if (seconds !== undefined && seconds > 60)
        ctx.addIssue({
          code: 'custom',
          path: ['refreshTokenLeeway'],
          input: oidc.refreshTokenLeeway,
          message: 'Okta allows 0 to 60 seconds: e.g. "PT30S", or "PT0S" for none',
          params: { problem: 'the refresh token leeway is out of range' },
        });
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
