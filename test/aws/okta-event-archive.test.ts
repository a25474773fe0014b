// OktaEventArchive: every Okta event on the partner bus, kept for the configured retention
// and retained (never deleted with the stack or on replacement).
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import { OktaEventArchive } from '../../lib/aws/okta-event-archive';

function synth(retention: string, archiveName = 'acme-okta-system-log'): Template {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Test');
  const bus = new events.EventBus(stack, 'Bus', {
    eventSourceName: 'aws.partner/okta.com/acme/acme-okta-system-log',
  });
  new OktaEventArchive(stack, 'Archive', { bus, archiveName, retention });
  return Template.fromStack(stack);
}

describe('OktaEventArchive', () => {
  test('archives every Okta event of the bus for the retention, in days', () => {
    const t = synth('P1Y');
    t.hasResource('AWS::Events::Archive', {
      Properties: {
        ArchiveName: 'acme-okta-system-log',
        SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Bus'), 'Arn'] },
        EventPattern: { source: [{ prefix: 'aws.partner/okta.com' }] },
        RetentionDays: 365,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  test('a retention of no whole day, or a bad archive name, is refused', () => {
    expect(() => synth('PT0S')).toThrow(
      'logging.yaml oktaLogStream.archiveRetention: expected a duration of at least one day, got "PT0S"',
    );
    expect(() => synth('P1Y', 'acme/okta')).toThrow(
      'OktaEventArchive: archive names are 1-48 of A-Z a-z 0-9 . - _, got "acme/okta"',
    );
  });
});
