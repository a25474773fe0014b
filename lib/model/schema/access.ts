// Permission sets and grants: the same shape on both sides (config/it/aws-access.yaml for
// everyday access, config/security/privileged.yaml for privileged access).
import { z } from 'zod';
import { duration, httpsUrl, iamPolicyArn, id, text } from './common';

const policyStatement = z.looseObject({
  Effect: z.enum(['Allow', 'Deny']),
  Action: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  NotAction: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  Resource: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  NotResource: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
});

export const inlinePolicy = z.strictObject({
  Version: z.literal('2012-10-17').default('2012-10-17'),
  Statement: z.array(policyStatement).min(1),
});

export const permissionSet = z.strictObject({
  id: id.max(32, { error: 'permission set ids are at most 32 characters (the Identity Center name limit)' }),
  /**
   * The Identity Center name, when it is not the id (a set adopted by `blueprint import aws`
   * keeps its name: Identity Center cannot rename a set, so a new name would replace it).
   */
  name: z
    .string()
    .regex(/^[\w+=,.@-]{1,32}$/, {
      error: 'Identity Center names are 1 to 32 letters, digits or + = , . @ _ -, e.g. "AdministratorAccess"',
    })
    .optional(),
  description: text.max(700).optional(),
  /** Declaring `privileged: true` on the IT side is an error: it belongs in config/security/. */
  privileged: z.boolean().optional(),
  sessionDuration: duration.default('PT8H'),
  relayState: httpsUrl.optional(),
  managedPolicies: z.array(iamPolicyArn).default([]),
  inlinePolicy: inlinePolicy.optional(),
});

export const grant = z.strictObject({
  group: id,
  permissionSet: id,
  accounts: z.array(id).min(1),
});

export const awsAccessFile = z.strictObject({
  permissionSets: z.array(permissionSet).default([]),
  grants: z.array(grant).default([]),
});

export type AwsAccessFile = z.infer<typeof awsAccessFile>;
export type InlinePolicy = z.infer<typeof inlinePolicy>;
