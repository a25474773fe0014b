// Security's threat detection stack, one per configured region (audit account, the
// delegated administrator): GuardDuty, Access Analyzer, and in the home region Security Hub
// and the Config aggregator; EventBridge rules page on high-severity findings.
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { FindingAlerts } from '../lib/aws/finding-alerts';
import { accountById } from '../lib/aws/org-accounts';
import { ThreatDetection } from '../lib/aws/threat-detection';
import type { OrgModel } from '../lib/model/org-model';
import { OwnerStack } from './owner-stack';

export interface DetectionStackProps {
  readonly model: OrgModel;
  /** The region this stack watches (one stack per region). */
  readonly region: string;
  /** Every region Security watches (aggregated in the home region). */
  readonly regions: readonly string[];
}

export class DetectionStack extends OwnerStack {
  readonly detection: ThreatDetection;
  readonly alerts: AlertTopic;
  readonly findings: FindingAlerts;

  constructor(scope: Construct, id: string, props: DetectionStackProps) {
    const { model, region, regions } = props;
    super(scope, id, {
      model,
      side: 'security',
      purpose: `detection-${region}`,
      account: accountById(model, model.monitoring.auditAccount),
      region,
      description: `${model.name} Security: GuardDuty, Security Hub, AWS Config aggregation, Access Analyzer and finding alerts (${region})`,
    });
    const home = region === model.aws.homeRegion;
    this.detection = new ThreatDetection(this, 'ThreatDetection', { model, regions });
    this.alerts = new AlertTopic(this, 'Alerts', { model, purpose: `findings in ${region}` });
    this.findings = new FindingAlerts(this, 'FindingAlerts', {
      model,
      topic: this.alerts.topic,
      securityHub: home,
    });
  }
}
