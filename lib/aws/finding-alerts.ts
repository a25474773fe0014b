// EventBridge rules that page on high-severity findings: GuardDuty findings at or above the
// configured severity, and (where findings are aggregated) new, active Security Hub findings
// rated HIGH or CRITICAL.
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { orgSlug } from './org-naming';

export interface FindingAlertsProps {
  readonly model: OrgModel;
  readonly topic: sns.ITopic;
  /** Security Hub findings of every region arrive in the aggregation (home) region only. */
  readonly securityHub: boolean;
}

export class FindingAlerts extends Construct {
  readonly rules: events.Rule[] = [];

  constructor(scope: Construct, id: string, props: FindingAlertsProps) {
    super(scope, id);
    const { model } = props;
    const m = model.monitoring;
    const target = new targets.SnsTopic(props.topic);
    if (m.guardDuty.enabled) {
      this.rules.push(
        new events.Rule(this, 'GuardDuty', {
          ruleName: `${orgSlug(model)}-security-guardduty-findings`,
          description: `GuardDuty findings with severity ${m.alerts.guardDutyMinSeverity} or more`,
          eventPattern: {
            source: ['aws.guardduty'],
            detailType: ['GuardDuty Finding'],
            detail: { severity: [{ numeric: ['>=', m.alerts.guardDutyMinSeverity] }] },
          },
          targets: [target],
        }),
      );
    }
    if (m.securityHub.enabled && props.securityHub) {
      this.rules.push(
        new events.Rule(this, 'SecurityHub', {
          ruleName: `${orgSlug(model)}-security-securityhub-findings`,
          description: 'New, active Security Hub findings rated HIGH or CRITICAL',
          eventPattern: {
            source: ['aws.securityhub'],
            detailType: ['Security Hub Findings - Imported'],
            detail: {
              findings: {
                Severity: { Label: ['HIGH', 'CRITICAL'] },
                Workflow: { Status: ['NEW'] },
                RecordState: ['ACTIVE'],
              },
            },
          },
          targets: [target],
        }),
      );
    }
  }
}
