// config/security/privileged.yaml (security-owned): privileged groups and their
// time-bound memberships, privileged permission sets and grants, Okta admin roles and
// the break-glass principals that must be alarmed.
import { z } from 'zod';
import { durationSeconds } from '../duration';
import { grant, permissionSet } from './access';
import { id, instant, privilegedMembership, text } from './common';

export const OKTA_ADMIN_ROLES = [
  'API_ACCESS_MANAGEMENT_ADMIN',
  'APP_ADMIN',
  'GROUP_MEMBERSHIP_ADMIN',
  'HELP_DESK_ADMIN',
  'ORG_ADMIN',
  'READ_ONLY_ADMIN',
  'REPORT_ADMIN',
  'SUPER_ADMIN',
  'USER_ADMIN',
] as const;

const privilegedGroup = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  owner: id.optional(),
  members: z.array(privilegedMembership).default([]),
});

/** The roles Okta can limit to target groups (the provider's `targetGroupLists`). */
export const GROUP_SCOPED_ADMIN_ROLES = ['GROUP_MEMBERSHIP_ADMIN', 'HELP_DESK_ADMIN', 'USER_ADMIN'] as const;

const adminRole = z
  .strictObject({
    group: id,
    role: z.enum(OKTA_ADMIN_ROLES),
    /** The groups the role administers (its members, for user-level roles); absent: the whole org. */
    targetGroups: z.array(id).min(1).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.targetGroups && !(GROUP_SCOPED_ADMIN_ROLES as readonly string[]).includes(r.role))
      ctx.addIssue({
        code: 'custom',
        path: ['targetGroups'],
        input: r.role,
        message: `only ${GROUP_SCOPED_ADMIN_ROLES.join(', ')} take target groups; remove "targetGroups" or pick one of those roles`,
        params: { problem: `Okta cannot limit ${r.role} to groups` },
      });
  });

const breakGlass = z.strictObject({
  id,
  description: text,
  account: id,
  /** IAM user or role name whose use raises an alarm. */
  principal: z.string().regex(/^[\w+=,.@-]{1,64}$/, { error: 'expected an IAM user or role name' }),
});

/** A privileged grant may be an elevation too: it ends at an instant, or a duration after it deploys. */
const privilegedGrant = grant
  .extend({
    until: instant.optional(),
    for: z
      .string()
      .refine((v) => (durationSeconds(v) ?? 0) > 0, {
        error: 'for is an ISO-8601 duration longer than zero, e.g. "PT4H" (4 hours) or "PT30M"',
      })
      .optional(),
    reason: text.optional(),
  })
  .superRefine((g, ctx) => {
    if (g.for !== undefined && g.until !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['for'],
        input: g.for,
        message: 'keep one: "for" (counted from the deploy) or "until" (an instant)',
        params: { problem: `grant of "${g.permissionSet}" to "${g.group}" has both "for" and "until"` },
      });
  });

export const privilegedFile = z.strictObject({
  groups: z.array(privilegedGroup).default([]),
  permissionSets: z.array(permissionSet).default([]),
  grants: z.array(privilegedGrant).default([]),
  oktaAdminRoles: z.array(adminRole).default([]),
  breakGlass: z.array(breakGlass).default([]),
});

export type PrivilegedFile = z.infer<typeof privilegedFile>;
