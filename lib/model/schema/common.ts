// Field types shared by every config file. Each carries the message a user sees when the
// value is wrong, phrased as the rule plus an example of a good value.
import { z } from 'zod';
import { isCalendarDate } from '../calendar-date';
import { durationSeconds } from '../duration';
import { isInstant } from '../instant';
import { isIpZoneEntry } from '../ip-address';

export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ids are lowercase slugs: letters, digits and single dashes, e.g. "data-eng"',
  })
  .max(64, { error: 'ids are at most 64 characters' });

export const text = z.string().trim().min(1, { error: 'must not be empty' });

export const calendarDate = z.string().refine(isCalendarDate, {
  error: 'dates are written YYYY-MM-DD, e.g. "2026-12-31"',
});

export const duration = z.string().refine((v) => durationSeconds(v) !== undefined, {
  error: 'durations are ISO-8601, e.g. "PT8H" (8 hours), "P30D" (30 days), "P1Y" (1 year)',
});

export const httpsUrl = z.string().regex(/^https:\/\/[^\s/$.?#][^\s]*$/, {
  error: 'SSO URLs must use https://, e.g. "https://app.example.com/sso/saml"',
});

export const email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
  error: 'expected an email address, e.g. "jane.doe@example.com"',
});

export const domain = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
  error: 'expected a lowercase DNS domain, e.g. "example.com"',
});

export const awsAccountId = z.string().regex(/^\d{12}$/, {
  error: 'AWS account ids are exactly 12 digits in quotes, e.g. "123456789012"',
});

export const iamPolicyArn = z.string().regex(/^arn:aws[a-z-]*:iam::(?:aws|\d{12}):policy\/[\w+=,.@/-]+$/, {
  error: 'expected an IAM policy ARN, e.g. "arn:aws:iam::aws:policy/ReadOnlyAccess"',
});

export const awsRegion = z.string().regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/, {
  error: 'expected an AWS region, e.g. "eu-west-1"',
});

/** An IPv4 address, CIDR or range, the forms an Okta IP zone takes. */
export const ipAddress = z
  .string()
  .refine(isIpZoneEntry, { error: 'expected an IPv4 address, a CIDR or a range, e.g. "203.0.113.0/24"' });

export const side = z.enum(['it', 'security']);

export const riskTier = z.enum(['low', 'medium', 'high', 'critical']);
export const RISK_TIERS = riskTier.options;

export const dataClassification = z.enum(['public', 'internal', 'confidential', 'restricted']);

export const personType = z.enum(['employee', 'contractor']);

/** An explicit group membership. `until` and `reason` are required for privileged groups. */
export const membership = z.strictObject({
  person: id,
  until: calendarDate.optional(),
  reason: text.optional(),
});

/** A UTC instant, to the minute: `2026-12-03T18:00Z`. */
export const instant = z.string().refine(isInstant, {
  error: 'instants are UTC, written YYYY-MM-DDTHH:MMZ, e.g. "2026-12-03T18:00Z"',
});

/**
 * A privileged membership: `until` a last day (standing access, bounded by maxMembership),
 * or an elevation (bounded by maxElevation) that ends at an instant, `until:
 * 2026-12-03T18:00Z`, or a duration after its change deploys, `for: PT4H`.
 */
export const privilegedMembership = z
  .strictObject({
    person: id,
    until: z
      .string()
      .refine((v) => isCalendarDate(v) || isInstant(v), {
        error: 'until is a last day, "2026-12-31", or a UTC instant, "2026-12-03T18:00Z" (for an elevation)',
      })
      .optional(),
    for: z
      .string()
      .refine((v) => (durationSeconds(v) ?? 0) > 0, {
        error: 'for is an ISO-8601 duration longer than zero, e.g. "PT4H" (4 hours) or "PT30M"',
      })
      .optional(),
    reason: text.optional(),
    /** Who confirmed a break-glass elevation (`blueprint elevate --confirm` writes it). */
    approvedBy: id.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.for !== undefined && m.until !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['for'],
        input: m.for,
        message: 'keep one: "for" (counted from the deploy) or "until" (a day or an instant)',
        params: { problem: `membership of "${m.person}" has both "for" and "until"` },
      });
  });

/** A set of people selected by attributes: AND across attributes, OR within one list. */
export const rule = z.strictObject({
  departments: z.array(id).min(1).optional(),
  types: z.array(personType).min(1).optional(),
  titles: z.array(text).min(1).optional(),
});
