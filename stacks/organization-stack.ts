// Security's organization stack (management account): the guardrail SCPs, the audit
// account as delegated administrator of the security services, and the member-account
// baseline StackSet (with the management account's own AWS Config recorder).
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { DelegatedAdministrators } from '../lib/aws/delegated-administrators';
import { GuardrailPolicies, scpTargets } from '../lib/aws/guardrail-policies';
import { MemberBaseline } from '../lib/aws/member-baseline';
import { accountById, accountByRole, securityRegions } from '../lib/aws/org-accounts';
import {
  LONGEST_SESSION_SECONDS,
  SessionRevocation,
  sessionRevocationFunctionName,
} from '../lib/aws/session-revocation';
import { durationSeconds } from '../lib/model/duration';
import type { OrgModel } from '../lib/model/org-model';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack } from './owner-stack';

export interface OrganizationStackProps {
  readonly model: OrgModel;
}

/**
 * The session revocation of an org, with its alert topic (ids `<id>` and `<id>Alerts`): its
 * identity store, its SCP targets, the longest session any permission set issues.
 */
function addSessionRevocation(scope: Construct, id: string, model: OrgModel): SessionRevocation {
  const sessions = model.permissionSets.map(
    (p) => durationSeconds(p.sessionDuration) ?? LONGEST_SESSION_SECONDS,
  );
  const alerts = new AlertTopic(scope, `${id}Alerts`, alertTopicProps(model, 'session revocation failures'));
  return new SessionRevocation(scope, id, {
    functionName: sessionRevocationFunctionName(model),
    identityStoreId: model.aws.identityCenter.identityStoreId,
    targetIds: scpTargets(model),
    longestSessionSeconds: Math.max(LONGEST_SESSION_SECONDS, ...sessions),
    alerts: alerts.topic,
  });
}

export class OrganizationStack extends OwnerStack {
  readonly guardrails: GuardrailPolicies;
  readonly delegatedAdministrators: DelegatedAdministrators;
  readonly baseline: MemberBaseline;
  readonly sessionRevocation: SessionRevocation;

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
    const m = model.monitoring;
    this.delegatedAdministrators = new DelegatedAdministrators(this, 'DelegatedAdministrators', {
      auditAccountId: accountById(model, m.auditAccount).accountId,
      regions,
      guardDuty: m.guardDuty.enabled,
      securityHub: m.securityHub.enabled,
      awsConfig: m.awsConfig.enabled,
      accessAnalyzer: m.accessAnalyzer.enabled,
    });
    this.baseline = new MemberBaseline(this, 'MemberBaseline', { model, logArchiveAccountId, regions });
    this.sessionRevocation = addSessionRevocation(this, 'SessionRevocation', model);
  }
}
