// The guardrail SCPs measured against AWS's published examples (aws-samples/
// service-control-policy-examples, the actions each denies transcribed in test/aws/fixtures/
// aws-scp-examples/examples.json): for each example, which of the actions it denies our SCPs
// deny too, to a member-account principal Security does not exempt, on the resources the
// example protects (placeholders read as ours).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOY_QUALIFIERS } from '../../lib/aws/deploy-qualifiers';
import { configRecorderRoleName, deployRoleName, orgTrailArn } from '../../lib/aws/org-naming';
import type { OrgModel } from '../../lib/model/org-model';
import { decideUnderScps, exampleResource, type PolicyJson } from './scp-simulation';

export const SCP_EXAMPLES_FILE = join(
  __dirname,
  '..',
  '..',
  'test',
  'aws',
  'fixtures',
  'aws-scp-examples',
  'examples.json',
);

export interface ScpExample {
  readonly service: string;
  /** The policy's path in AWS's repository. */
  readonly file: string;
  readonly source: string;
  /** What the example protects: any resource, the organization trail, or Security's roles. */
  readonly resources: 'any' | 'organization-trail' | 'security-roles';
  /** The actions its Deny statement lists, in its order. */
  readonly deniedActions: readonly string[];
}

/** AWS's region example: the global services its region deny exempts. */
export interface ScpRegionExample {
  readonly file: string;
  readonly source: string;
  readonly notAction: readonly string[];
}

const transcribed = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { examples: ScpExample[]; regionExample: ScpRegionExample };

export const scpExamples = (file = SCP_EXAMPLES_FILE): ScpExample[] => transcribed(file).examples;

export const scpRegionExample = (file = SCP_EXAMPLES_FILE): ScpRegionExample =>
  transcribed(file).regionExample;

export interface Accounts {
  readonly management: string;
  /** A workload account under the SCPs. */
  readonly member: string;
}

/** The principals asked about: an administrator of a member account, and Security's deploy role there. */
export function coveragePrincipals(model: OrgModel, accounts: Accounts) {
  return {
    outsider: `arn:aws:iam::${accounts.member}:role/workload-administrator`,
    security: `arn:aws:iam::${accounts.member}:role/${deployRoleName(model, 'security')}`,
  };
}

async function resourcesOf(example: ScpExample, action: string, model: OrgModel, accounts: Accounts) {
  const region = model.aws.homeRegion;
  switch (example.resources) {
    case 'organization-trail':
      return [orgTrailArn(model, accounts.management)];
    case 'security-roles':
      return [
        configRecorderRoleName(model),
        deployRoleName(model, 'security'),
        `cdk-${DEPLOY_QUALIFIERS.security}-cfn-exec-role-${accounts.member}-${region}`,
        'stacksets-exec-0123456789abcdef0123456789abcdef',
      ].map((name) => `arn:aws:iam::${accounts.member}:role/${name}`);
    default:
      return [await exampleResource(action, accounts.member, region)];
  }
}

export interface ExampleCoverage {
  readonly service: string;
  readonly file: string;
  readonly actions: number;
  /** Actions the example denies that ours allow the outsider (on any of the protected resources). */
  readonly notDenied: string[];
  /** Actions ours deny Security's own deploy role too (the example exempts its privileged role). */
  readonly deniedToSecurity: string[];
}

export async function scpExampleCoverage(
  scps: readonly PolicyJson[],
  model: OrgModel,
  accounts: Accounts,
  examples: readonly ScpExample[] = scpExamples(),
): Promise<ExampleCoverage[]> {
  const principals = coveragePrincipals(model, accounts);
  const rows: ExampleCoverage[] = [];
  for (const example of examples) {
    const actions = example.deniedActions;
    const notDenied: string[] = [];
    const deniedToSecurity: string[] = [];
    for (const action of actions) {
      for (const resource of await resourcesOf(example, action, model, accounts)) {
        const ask = (principal: string) =>
          decideUnderScps(scps, { principal, action, resource, region: model.aws.homeRegion });
        if ((await ask(principals.outsider)) !== 'ExplicitlyDenied' && !notDenied.includes(action))
          notDenied.push(action);
        if ((await ask(principals.security)) !== 'Allowed' && !deniedToSecurity.includes(action))
          deniedToSecurity.push(action);
      }
    }
    rows.push({
      service: example.service,
      file: example.file,
      actions: actions.length,
      notDenied,
      deniedToSecurity,
    });
  }
  return rows;
}
