// CloudFormation text as a reviewer reads it: `${Logical.Attr}` and `${Logical}` (cdk diff's
// rendering of Fn::GetAtt and Ref) shown as the resource's name, CDK's unresolved
// `${Token[AWS.Partition.3]}` as what it stands for, and 12-digit account ids as the
// account's config id.
import type { Template } from './cfn-template';

const NAME_PROPERTIES = [
  'Name',
  'RoleName',
  'PolicyName',
  'ManagedPolicyName',
  'GroupName',
  'UserName',
  'TopicName',
  'FunctionName',
  'BucketName',
  'TableName',
  'QueueName',
  'TrailName',
  'AlarmName',
  'StateMachineName',
  'EventBusName',
];

const PSEUDO_TOKENS: Record<string, string> = {
  'AWS.Partition': 'aws',
  'AWS.URLSuffix': 'amazonaws.com',
  'AWS.AccountId': 'this account',
  'AWS.Region': 'this region',
  'AWS.StackName': 'this stack',
  'AWS.StackId': 'this stack',
};

/** A logical id without the hash CDK appends (`HandlerRoleB6E5A1C2` → `HandlerRole`). */
export const shortLogicalId = (id: string) => id.replace(/[0-9A-F]{8}$/, '') || id;

/** Logical id → a readable name: its name property when it is plain text, else the short logical id. */
export function logicalNames(...templates: (Template | undefined)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of templates)
    for (const [id, r] of Object.entries<{ Properties?: Record<string, unknown> }>(t?.Resources ?? {})) {
      if (out.has(id)) continue;
      const named = NAME_PROPERTIES.map((p) => r.Properties?.[p]).find((v) => typeof v === 'string');
      out.set(id, (named as string | undefined) ?? shortLogicalId(id));
    }
  return out;
}

export function readableCfn(
  text: string,
  names: { readonly logical: ReadonlyMap<string, string>; readonly accounts: ReadonlyMap<string, string> },
): string {
  return text
    .replace(/\$\{Token\[([A-Za-z0-9.:_-]+?)\.\d+\]\}/g, (_m, token: string) => PSEUDO_TOKENS[token] ?? token)
    .replace(/\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9.]+))?\}/g, (m, id: string) => {
      const pseudo = PSEUDO_TOKENS[id.replace('::', '.')];
      return pseudo ?? names.logical.get(id) ?? m;
    })
    .replace(/\b\d{12}\b/g, (id) => names.accounts.get(id) ?? id);
}
