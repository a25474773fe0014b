// Security's Lambda functions and log groups in every account: those its stacks tag
// (`blueprint:owner: security`, stacks/owner-stack.ts) and those named after its stacks
// (`<org>-security-…`, which CloudFormation's generated names start with). Nobody else may
// change, invoke or write to them: the statements go into protect-security-resources (every
// principal but Security's) and into the ceiling of IT's permission sets (its boundary).
import type { OrgModel } from '../model/org-model';
import { OWNER_TAG } from './deploy-qualifiers';
import { orgSlug } from './org-naming';

/** Every change to a function or a log group (and invoking or writing to one). */
export const FUNCTION_AND_LOG_CHANGES = [
  'lambda:Add*',
  'lambda:Create*',
  'lambda:Delete*',
  'lambda:Invoke*',
  'lambda:Publish*',
  'lambda:Put*',
  'lambda:Remove*',
  'lambda:Tag*',
  'lambda:Untag*',
  'lambda:Update*',
  'logs:Associate*',
  'logs:Create*',
  'logs:Delete*',
  'logs:Disassociate*',
  'logs:Put*',
  'logs:Tag*',
  'logs:Untag*',
];

/** Security's functions and log groups by name (log group ARNs cover their streams). */
export function securityFunctionAndLogArns(model: Pick<OrgModel, 'name'>): string[] {
  const prefix = `${orgSlug(model)}-security-`;
  return [
    `arn:aws:lambda:*:*:function:${prefix}*`,
    `arn:aws:logs:*:*:log-group:${prefix}*`,
    `arn:aws:logs:*:*:log-group:/aws/lambda/${prefix}*`,
  ];
}

/** The two statements, named and tagged, each with the condition the caller adds (an exemption). */
export function securityFunctionAndLogStatements(
  model: Pick<OrgModel, 'name'>,
  condition: Record<string, unknown> = {},
): Record<string, unknown>[] {
  const withCondition = (extra: Record<string, unknown>) =>
    Object.keys(condition).length || Object.keys(extra).length
      ? { Condition: { ...condition, ...extra } }
      : {};
  return [
    {
      Sid: 'SecurityFunctionsAndLogs',
      Effect: 'Deny',
      Action: FUNCTION_AND_LOG_CHANGES,
      Resource: securityFunctionAndLogArns(model),
      ...withCondition({}),
    },
    {
      Sid: 'SecurityTaggedFunctionsAndLogs',
      Effect: 'Deny',
      Action: FUNCTION_AND_LOG_CHANGES,
      Resource: '*',
      ...withCondition({ StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: 'security' } }),
    },
  ];
}
