// Alarms on the organization trail's CloudWatch Logs: the CIS section 4 metric filters and
// one per break-glass principal, each alarming on the first matching event to the alert topic.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { breakGlassPattern, CIS_METRIC_FILTERS } from './cis-metric-filters';

/** A break-glass principal whose every use alarms. */
export interface BreakGlassPrincipal {
  /** Its config id, in the alarm's name (`<prefix>-break-glass-<id>`). */
  readonly id: string;
  /** The principal's name or ARN pattern, as the trail records it. */
  readonly principal: string;
  /** The config id of the account it lives in, in the alarm's description. */
  readonly account: string;
  /** That account's AWS account id, which the metric filter matches. */
  readonly accountId: string;
}

export interface SecurityAlarmsProps {
  /** The org's slug: the metric namespace is `<slug>/security`, alarm names `<slug>-<metric>`. */
  readonly orgSlug: string;
  /** The organization trail's CloudWatch Logs copy. */
  readonly logGroup: logs.ILogGroup;
  /** Where the alarms page. */
  readonly topic: sns.ITopic;
  /**
   * The CIS section 4 metric-filter alarms.
   * @default true
   */
  readonly cisAlarms?: boolean;
  /**
   * One alarm per break-glass principal, on its first use.
   * @default - none
   */
  readonly breakGlass?: readonly BreakGlassPrincipal[];
}

export class SecurityAlarms extends Construct {
  /** Metric name → alarm, for tests and dashboards. */
  readonly alarms = new Map<string, cloudwatch.Alarm>();
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: SecurityAlarmsProps) {
    super(scope, id);
    const slug = props.orgSlug;
    this.namespace = `${slug}/security`;
    const filters = [
      ...((props.cisAlarms ?? true)
        ? CIS_METRIC_FILTERS.map((f) => ({ id: f.id, title: `CIS ${f.cis}: ${f.title}`, pattern: f.pattern }))
        : []),
      ...(props.breakGlass ?? []).map((b) => ({
        id: `break-glass-${b.id}`,
        title: `Break-glass use: ${b.principal} in ${b.account}`,
        pattern: breakGlassPattern(b.accountId, b.principal),
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
        alarmName: `${slug}-${f.id}`,
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
