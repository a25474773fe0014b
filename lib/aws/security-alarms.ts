// Alarms on the organization trail's CloudWatch Logs: the CIS section 4 metric filters and
// one per break-glass principal, each alarming on the first matching event to the alert topic.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { breakGlassPattern, CIS_METRIC_FILTERS } from './cis-metric-filters';
import { accountById } from './org-accounts';
import { orgSlug } from './org-naming';

export interface SecurityAlarmsProps {
  readonly model: OrgModel;
  readonly logGroup: logs.ILogGroup;
  readonly topic: sns.ITopic;
}

export class SecurityAlarms extends Construct {
  /** Metric name → alarm, for tests and dashboards. */
  readonly alarms = new Map<string, cloudwatch.Alarm>();
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: SecurityAlarmsProps) {
    super(scope, id);
    const { model } = props;
    this.namespace = `${orgSlug(model)}/security`;
    const filters = [
      ...(model.monitoring.alerts.cisAlarms
        ? CIS_METRIC_FILTERS.map((f) => ({ id: f.id, title: `CIS ${f.cis}: ${f.title}`, pattern: f.pattern }))
        : []),
      ...model.breakGlass.map((b) => ({
        id: `break-glass-${b.id}`,
        title: `Break-glass use: ${b.principal} in ${b.account}`,
        pattern: breakGlassPattern(accountById(model, b.account).accountId, b.principal),
      })),
    ];
    for (const f of filters) {
      const scope = new Construct(this, f.id);
      const filter = new logs.MetricFilter(scope, 'Filter', {
        logGroup: props.logGroup,
        filterPattern: logs.FilterPattern.literal(f.pattern),
        metricNamespace: this.namespace,
        metricName: f.id,
        metricValue: '1',
      });
      const alarm = new cloudwatch.Alarm(scope, 'Alarm', {
        alarmName: `${orgSlug(model)}-${f.id}`,
        alarmDescription: f.title,
        metric: filter.metric({ statistic: cloudwatch.Stats.SUM, period: Duration.minutes(5) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(new actions.SnsAction(props.topic));
      this.alarms.set(f.id, alarm);
    }
  }
}
