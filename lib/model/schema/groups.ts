// config/it/groups.yaml (IT-owned): everyday groups, either rule-based or explicitly
// managed (never both).
import { z } from 'zod';
import { id, membership, rule, text } from './common';

export const group = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  owner: id.optional(),
  /** Declaring `privileged: true` here is an error: privileged groups live in config/security/. */
  privileged: z.boolean().optional(),
  rule: rule.optional(),
  members: z.array(membership).optional(),
});

export const groupsFile = z.strictObject({
  groups: z.array(group).default([]),
});

export type GroupsFile = z.infer<typeof groupsFile>;
