// Security's threat detection stack, one per configured region (audit account, the
// delegated administrator): GuardDuty, Access Analyzer, and in the home region Security Hub
// and the Config aggregator; EventBridge rules page on high-severity findings.
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { FindingAlerts } from '../lib/aws/finding-alerts';
import { accountById } from '../lib/aws/org-accounts';
import { orgSlug } from '../lib/aws/org-naming';
import { ThreatDetection, type ThreatDetectionProps } from '../lib/aws/threat-detection';
import type { OrgModel } from '../lib/model/org-model';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface DetectionStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
  /** The region this stack watches (one stack per region). */
  readonly region: string;
  /** Every region Security watches (aggregated in the home region). */
  readonly regions: readonly string[];
}

/** The threat detection of one region's stack, from monitoring.yaml and org.yaml's OUs. */
export function threatDetectionProps(model: OrgModel, regions: readonly string[]): ThreatDetectionProps {
  const m = model.monitoring;
  return {
    orgName: model.name,
    orgSlug: orgSlug(model),
    homeRegion: model.aws.homeRegion,
    regions,
    guardDuty: m.guardDuty.enabled,
    guardDutyS3Protection: m.guardDuty.s3Protection,
    accessAnalyzer: m.accessAnalyzer.enabled,
    securityHub: m.securityHub.enabled,
    securityHubStandards: m.securityHub.standards,
    securityHubTargetOus: model.aws.ous.flatMap((ou) => (ou.ouId ? [{ id: ou.id, ouId: ou.ouId }] : [])),
    awsConfig: m.awsConfig.enabled,
  };
}

export class DetectionStack extends OwnerStack {
  readonly detection: ThreatDetection;
  readonly alerts: AlertTopic;
  readonly findings: FindingAlerts;

  constructor(scope: Construct, id: string, props: DetectionStackProps) {
    const { model, region, regions } = props;
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: `detection-${region}`,
      account: accountById(model, model.monitoring.auditAccount),
      region,
      description: `${model.name} Security: GuardDuty, Security Hub, AWS Config aggregation, Access Analyzer and finding alerts (${region})`,
    });
    const home = region === model.aws.homeRegion;
    this.detection = new ThreatDetection(this, 'ThreatDetection', threatDetectionProps(model, regions));
    this.alerts = new AlertTopic(
      this,
      'Alerts',
      alertTopicProps(model, 'detection', `findings in ${region}`),
    );
    const m = model.monitoring;
    this.findings = new FindingAlerts(this, 'FindingAlerts', {
      ruleNamePrefix: `${orgSlug(model)}-security`,
      topic: this.alerts.topic,
      guardDutyMinSeverity: m.guardDuty.enabled ? m.alerts.guardDutyMinSeverity : undefined,
      securityHub: m.securityHub.enabled && home,
    });
  }
}
