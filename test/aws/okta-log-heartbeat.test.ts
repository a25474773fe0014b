// OktaLogHeartbeat: pages when EventBridge ingests no event from the Okta partner source for
// the configured silence, missing data counting as silence.
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { OktaLogHeartbeat } from '../../lib/aws/okta-log-heartbeat';

const SOURCE = 'aws.partner/okta.com/acme/acme-okta-system-log';

function synth(silence: string): Template {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Test');
  new OktaLogHeartbeat(stack, 'Heartbeat', {
    eventSourceName: SOURCE,
    silence,
    topic: new sns.Topic(stack, 'Topic'),
    alarmName: 'acme-security-okta-log-silent',
  });
  return Template.fromStack(stack);
}

describe('OktaLogHeartbeat', () => {
  test('alarms when no Okta event is ingested in any 5 minutes of the silence, missing data breaching', () => {
    synth('PT1H').hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'acme-security-okta-log-silent',
      Namespace: 'AWS/Events',
      MetricName: 'Events',
      Dimensions: [{ Name: 'EventSourceName', Value: SOURCE }],
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 12,
      DatapointsToAlarm: 12,
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^Topic') }],
      OKActions: [{ Ref: Match.stringLikeRegexp('^Topic') }],
    });
  });

  test('a day of silence is the longest CloudWatch can evaluate; odd silences are refused', () => {
    synth('P1D').hasResourceProperties('AWS::CloudWatch::Alarm', { EvaluationPeriods: 288 });
    expect(() => synth('PT7M')).toThrow(
      'OktaLogHeartbeat: the silence is a whole number of 5 minutes from PT10M to P1D, got "PT7M"',
    );
  });
});
