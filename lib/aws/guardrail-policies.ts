// Attaches the guardrail SCPs (lib/aws/scp-documents.ts) to every OU config names and to
// accounts outside them (the management account is exempt from SCPs by design).
import * as organizations from 'aws-cdk-lib/aws-organizations';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { orgSlug } from './org-naming';
import { GUARDRAIL_SCPS, type ScpContext } from './scp-documents';

/** Organizations' limit on an SCP document (characters, whitespace excluded). */
export const SCP_MAX_CHARACTERS = 5120;

export function scpTargets(model: OrgModel): string[] {
  const ous = model.aws.ous.filter((o) => o.ouId);
  const inOu = new Set(ous.map((o) => o.id));
  const loose = model.aws.accounts.filter((a) => a.role !== 'management' && !(a.ou && inOu.has(a.ou)));
  return [...ous.map((o) => o.ouId!), ...loose.map((a) => a.accountId)].sort();
}

export class GuardrailPolicies extends Construct {
  readonly policies: organizations.CfnPolicy[] = [];

  constructor(scope: Construct, id: string, context: ScpContext) {
    super(scope, id);
    const targetIds = scpTargets(context.model);
    for (const scp of GUARDRAIL_SCPS) {
      const content = scp.document(context);
      const size = JSON.stringify(content).length;
      if (size > SCP_MAX_CHARACTERS) {
        throw new Error(
          `SCP ${scp.id} is ${size} characters, over the ${SCP_MAX_CHARACTERS} Organizations allows`,
        );
      }
      this.policies.push(
        new organizations.CfnPolicy(this, scp.id, {
          name: `${orgSlug(context.model)}-${scp.id}`,
          description: scp.description,
          type: 'SERVICE_CONTROL_POLICY',
          content,
          targetIds: targetIds.length ? targetIds : undefined,
        }),
      );
    }
  }
}
