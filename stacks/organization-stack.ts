// Security's organization stack (management account): the guardrail SCPs, the audit
// account as delegated administrator of the security services, and the member-account
// baseline StackSet (with the management account's own AWS Config recorder).
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { DelegatedAdministrators } from '../lib/aws/delegated-administrators';
import { GuardrailPolicies, scpTargets } from '../lib/aws/guardrail-policies';
import { itAccessCeilingDocument, itAccessCeilingName } from '../lib/aws/it-access-ceiling';
import { MemberBaseline } from '../lib/aws/member-baseline';
import type { MemberBaselineContext } from '../lib/aws/member-baseline-template';
import { accountById, accountByRole, securityRegions } from '../lib/aws/org-accounts';
import { configRecorderRoleName, logArchiveBucketName, orgSlug } from '../lib/aws/org-naming';
import { GUARDRAIL_SCPS } from '../lib/aws/scp-documents';
import {
  LONGEST_SESSION_SECONDS,
  SessionRevocation,
  type SessionRevocationProps,
  sessionRevocationFunctionName,
} from '../lib/aws/session-revocation';
import { durationSeconds } from '../lib/model/duration';
import type { OrgModel } from '../lib/model/org-model';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface OrganizationStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
}

/** What the member accounts' baseline template needs of the model. */
export function memberBaselineContext(model: OrgModel, logArchiveAccountId: string): MemberBaselineContext {
  return {
    orgName: model.name,
    homeRegion: model.aws.homeRegion,
    logArchiveAccountId,
    logArchiveBucketName: logArchiveBucketName(model, logArchiveAccountId),
    configRecorderRoleName: configRecorderRoleName(model),
    itAccessCeilingName: itAccessCeilingName(model),
    itAccessCeilingDocument: itAccessCeilingDocument(model),
  };
}

/**
 * The session revocation of an org: its identity store, its SCP targets, the longest session
 * any permission set issues; failures alert `alerts`.
 */
export function sessionRevocationProps(model: OrgModel, alerts: sns.ITopic): SessionRevocationProps {
  const sessions = model.permissionSets.map(
    (p) => durationSeconds(p.sessionDuration) ?? LONGEST_SESSION_SECONDS,
  );
  return {
    functionName: sessionRevocationFunctionName(model),
    identityStoreId: model.aws.identityCenter.identityStoreId,
    instanceArn: model.aws.identityCenter.instanceArn,
    targetIds: scpTargets(model),
    longestSessionSeconds: Math.max(LONGEST_SESSION_SECONDS, ...sessions),
    alerts,
  };
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
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'organization',
      account: management,
      description: `${model.name} Security: guardrail SCPs, delegated administrators and the member-account baseline StackSet`,
    });
    const logArchiveAccountId = accountById(model, model.logging.trail.archiveAccount).accountId;
    const regions = securityRegions(model);
    const scpContext = { model, managementAccountId: management.accountId, logArchiveAccountId };
    this.guardrails = new GuardrailPolicies(this, 'Guardrails', {
      orgSlug: orgSlug(model),
      policies: GUARDRAIL_SCPS.map((scp) => ({
        id: scp.id,
        description: scp.description,
        document: scp.document(scpContext),
      })),
      targetIds: scpTargets(model),
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
    this.baseline = new MemberBaseline(this, 'MemberBaseline', {
      ...memberBaselineContext(model, logArchiveAccountId),
      orgSlug: orgSlug(model),
      regions,
      ouIds: model.aws.ous.flatMap((o) => (o.ouId ? [o.ouId] : [])),
    });
    const revocationAlerts = new AlertTopic(
      this,
      'SessionRevocationAlerts',
      alertTopicProps(model, 'organization', 'session revocation failures'),
    );
    this.sessionRevocation = new SessionRevocation(
      this,
      'SessionRevocation',
      sessionRevocationProps(model, revocationAlerts.topic),
    );
  }
}
