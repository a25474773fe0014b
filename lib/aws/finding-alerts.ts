// EventBridge rules that page on high-severity findings: GuardDuty findings at or above the
// configured severity, and (where findings are aggregated) new, active Security Hub findings
// rated HIGH or CRITICAL.
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface FindingAlertsProps {
  /** The prefix of the rules' names (e.g. "acme-security"). */
  readonly ruleNamePrefix: string;
  /** Where the pages go. */
  readonly topic: sns.ITopic;
  /**
   * Page on GuardDuty findings of at least this severity (1–8.9).
   * @default - no GuardDuty rule (GuardDuty is off)
   */
  readonly guardDutyMinSeverity?: number;
  /**
   * Page on new, active Security Hub findings rated HIGH or CRITICAL: Security Hub is on and
   * this is its aggregation (home) region, where the findings of every region arrive.
   * @default false
   */
  readonly securityHub?: boolean;
}

export class FindingAlerts extends Construct {
  readonly rules: events.Rule[] = [];

  constructor(scope: Construct, id: string, props: FindingAlertsProps) {
    super(scope, id);
    const target = new targets.SnsTopic(props.topic);
    const minSeverity = props.guardDutyMinSeverity;
    if (minSeverity !== undefined) {
      this.rules.push(
        new events.Rule(this, 'GuardDuty', {
          ruleName: `${props.ruleNamePrefix}-guardduty-findings`,
          description: `GuardDuty findings with severity ${minSeverity} or more`,
          eventPattern: {
            source: ['aws.guardduty'],
            detailType: ['GuardDuty Finding'],
            detail: { severity: [{ numeric: ['>=', minSeverity] }] },
          },
          targets: [target],
        }),
      );
    }
    if (props.securityHub) {
      this.rules.push(
        new events.Rule(this, 'SecurityHub', {
          ruleName: `${props.ruleNamePrefix}-securityhub-findings`,
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
