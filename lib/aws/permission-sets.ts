// Identity Center permission sets, one native AWS::SSO::PermissionSet per config entry, with
// the config id as construct id and name (unless the config gives an adopted set's own name;
// display text lives only in the description), and
// optionally a permissions boundary that caps every set (IT's carry Security's ceiling).
import * as sso from 'aws-cdk-lib/aws-sso';
import { Construct } from 'constructs';
import type { PermissionSet } from '../model/org-model';

/**
 * AWS managed policies attach by ARN; customer managed ones are referenced by name and path
 * and must exist in every account the set is assigned to.
 */
export function policyReferences(arns: readonly string[]): {
  managed: string[];
  customer: { name: string; path: string }[];
} {
  const managed: string[] = [];
  const customer: { name: string; path: string }[] = [];
  for (const arn of arns) {
    const m = /^arn:aws[a-z-]*:iam::(aws|\d{12}):policy(\/.*\/|\/)([^/]+)$/.exec(arn);
    if (!m) throw new Error(`expected an IAM policy ARN, got ${JSON.stringify(arn)}`);
    if (m[1] === 'aws') managed.push(arn);
    else customer.push({ path: m[2], name: m[3] });
  }
  return { managed, customer };
}

export interface PermissionSetsProps {
  /** The Identity Center instance (org.yaml aws.identityCenter.instanceArn). */
  readonly instanceArn: string;
  /** The permission sets, one AWS::SSO::PermissionSet each. */
  readonly permissionSets: readonly PermissionSet[];
  /**
   * The boundary every set here carries (a customer managed policy must exist in each account
   * the set is provisioned to).
   * @default - none
   */
  readonly permissionsBoundary?: sso.CfnPermissionSet.PermissionsBoundaryProperty;
}

export class PermissionSets extends Construct {
  private readonly arns = new Map<string, string>();

  constructor(scope: Construct, id: string, props: PermissionSetsProps) {
    super(scope, id);
    for (const ps of [...props.permissionSets].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const policies = policyReferences(ps.managedPolicies);
      const resource = new sso.CfnPermissionSet(this, ps.id, {
        instanceArn: props.instanceArn,
        name: ps.name ?? ps.id,
        description: ps.description,
        sessionDuration: ps.sessionDuration,
        relayStateType: ps.relayState,
        managedPolicies: policies.managed.length ? policies.managed : undefined,
        customerManagedPolicyReferences: policies.customer.length ? policies.customer : undefined,
        inlinePolicy: ps.inlinePolicy,
        permissionsBoundary: props.permissionsBoundary,
      });
      this.arns.set(ps.id, resource.attrPermissionSetArn);
    }
  }

  /** The ARN of a permission set declared here (a token). */
  arn(permissionSet: string): string {
    const arn = this.arns.get(permissionSet);
    if (!arn) throw new Error(`no permission set "${permissionSet}" in ${this.node.path}`);
    return arn;
  }
}
