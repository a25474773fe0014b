// Security's organization stack (management account): the guardrail SCPs, the audit
// account as delegated administrator of the security services, and the member-account
// baseline StackSet (with the management account's own AWS Config recorder).
import type { Construct } from 'constructs';
import { DelegatedAdministrators } from '../lib/aws/delegated-administrators';
import { GuardrailPolicies } from '../lib/aws/guardrail-policies';
import { MemberBaseline } from '../lib/aws/member-baseline';
import { accountById, accountByRole, securityRegions } from '../lib/aws/org-accounts';
import { SessionRevocation } from '../lib/aws/session-revocation';
import type { OrgModel } from '../lib/model/org-model';
import { OwnerStack } from './owner-stack';

export interface OrganizationStackProps {
  readonly model: OrgModel;
}

export class OrganizationStack extends OwnerStack {
  readonly guardrails: GuardrailPolicies;
  readonly delegatedAdministrators: DelegatedAdministrators;
  readonly baseline: MemberBaseline;

  constructor(scope: Construct, id: string, props: OrganizationStackProps) {
    const { model } = props;
    const management = accountByRole(model, 'management');
    super(scope, id, {
      model,
      side: 'security',
      purpose: 'organization',
      account: management,
      description: `${model.name} Security: guardrail SCPs, delegated administrators and the member-account baseline StackSet`,
    });
    const logArchiveAccountId = accountById(model, model.logging.trail.archiveAccount).accountId;
    const regions = securityRegions(model);
    this.guardrails = new GuardrailPolicies(this, 'Guardrails', {
      model,
      managementAccountId: management.accountId,
      logArchiveAccountId,
    });
    this.delegatedAdministrators = new DelegatedAdministrators(this, 'DelegatedAdministrators', {
      model,
      auditAccountId: accountById(model, model.monitoring.auditAccount).accountId,
      regions,
    });
    this.baseline = new MemberBaseline(this, 'MemberBaseline', { model, logArchiveAccountId, regions });
    SessionRevocation.forOrg(this, 'SessionRevocation', model);
  }
}
