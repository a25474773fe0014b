// Attaches the guardrail SCPs (rendered from lib/aws/scp-documents.ts) to the targets it is
// given: every OU config names and the accounts outside them (scpTargets; the management
// account is exempt from SCPs by design). Each must fit Organizations' size limit.
import * as organizations from 'aws-cdk-lib/aws-organizations';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import type { PolicyDocument } from './policy-document';

/** Organizations' limit on an SCP document (characters, whitespace excluded). */
export const SCP_MAX_CHARACTERS = 5120;

export function scpTargets(model: OrgModel): string[] {
  const ous = model.aws.ous.filter((o) => o.ouId);
  const inOu = new Set(ous.map((o) => o.id));
  const loose = model.aws.accounts.filter((a) => a.role !== 'management' && !(a.ou && inOu.has(a.ou)));
  return [...ous.map((o) => o.ouId!), ...loose.map((a) => a.accountId)].sort();
}

/** One service control policy, as rendered for the org (GUARDRAIL_SCPS). */
export interface GuardrailScp {
  /** Its id: the construct id, and the policy is named `<org slug>-<id>`. */
  readonly id: string;
  readonly description: string;
  readonly document: PolicyDocument;
}

export interface GuardrailPoliciesProps {
  /** The org's slug, the prefix of the policies' names. */
  readonly orgSlug: string;
  /** The SCPs, in this order. */
  readonly policies: readonly GuardrailScp[];
  /**
   * The OUs and accounts every policy is attached to (`scpTargets`).
   * @default - none: the policies are created, attached nowhere
   */
  readonly targetIds?: readonly string[];
}

export class GuardrailPolicies extends Construct {
  readonly policies: organizations.CfnPolicy[] = [];

  constructor(scope: Construct, id: string, props: GuardrailPoliciesProps) {
    super(scope, id);
    const targetIds = [...(props.targetIds ?? [])];
    for (const scp of props.policies) {
      const content = scp.document;
      const size = JSON.stringify(content).length;
      if (size > SCP_MAX_CHARACTERS) {
        throw new Error(
          `SCP ${scp.id} is ${size} characters, over the ${SCP_MAX_CHARACTERS} Organizations allows`,
        );
      }
      this.policies.push(
        new organizations.CfnPolicy(this, scp.id, {
          name: `${props.orgSlug}-${scp.id}`,
          description: scp.description,
          type: 'SERVICE_CONTROL_POLICY',
          content,
          targetIds: targetIds.length ? targetIds : undefined,
        }),
      );
    }
  }
}
