// Notices when the Okta log stream goes quiet: a CloudWatch alarm on the partner events
// EventBridge ingests from the Okta event source (AWS/Events `Events`, by EventSourceName)
// that pages when none arrive for monitoring.yaml alerts.oktaSilence. EventBridge sends no
// data point for a minute without events, so missing data is treated as breaching: a stream
// deactivated in Okta, a broken partner source or a deleted bus all page.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { durationSeconds } from '../model/duration';

export interface OktaLogHeartbeatProps {
  /** The partner event source name (aws.partner/okta.com/<org>/<stream>). */
  readonly eventSourceName: string;
  /** ISO-8601, whole 5 minutes from PT10M to P1D (monitoring.yaml alerts.oktaSilence). */
  readonly silence: string;
  /** Where the alarm pages, and says when the stream is back. */
  readonly topic: sns.ITopic;
  /** The alarm's name. */
  readonly alarmName: string;
}

/** The alarm counts events in 5-minute periods and pages when all periods of the silence are empty. */
export const HEARTBEAT_PERIOD_SECONDS = 300;

export class OktaLogHeartbeat extends Construct {
  readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: OktaLogHeartbeatProps) {
    super(scope, id);
    const seconds = durationSeconds(props.silence);
    if (seconds === undefined || seconds < 600 || seconds > 86400 || seconds % HEARTBEAT_PERIOD_SECONDS)
      throw new Error(
        `OktaLogHeartbeat: the silence is a whole number of 5 minutes from PT10M to P1D, got ${JSON.stringify(props.silence)}`,
      );
    const periods = seconds / HEARTBEAT_PERIOD_SECONDS;
    this.alarm = new cloudwatch.Alarm(this, 'Alarm', {
      alarmName: props.alarmName,
      alarmDescription: `No Okta System Log event reached EventBridge for ${props.silence} (source ${props.eventSourceName}): check the log stream in Okta and the partner event source`,
      metric: new cloudwatch.Metric({
        namespace: 'AWS/Events',
        metricName: 'Events',
        dimensionsMap: { EventSourceName: props.eventSourceName },
        statistic: 'Sum',
        period: Duration.seconds(HEARTBEAT_PERIOD_SECONDS),
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      threshold: 1,
      evaluationPeriods: periods,
      datapointsToAlarm: periods,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    this.alarm.addAlarmAction(new actions.SnsAction(props.topic));
    this.alarm.addOkAction(new actions.SnsAction(props.topic));
  }
}
