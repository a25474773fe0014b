// OktaEventAlerts: one content-filtered EventBridge rule per alert rule, each page naming the
// Sigma rule and its author (Detection Rule License 1.1) and carrying the event, or only the
// fields the rule allows.
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { OktaEventAlerts } from '../../lib/aws/okta-event-alerts';
import type { OrgModel } from '../../lib/model/org-model';
import { oktaEventAlertsProps } from '../../stacks/identity-alerts-stack';
import { exampleModel } from './support/synth-app';

let model: OrgModel;
let template: Template;

beforeAll(() => {
  model = exampleModel();
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Test', {
    env: { account: '333333333333', region: 'eu-west-1' },
  });
  new OktaEventAlerts(stack, 'Okta', oktaEventAlertsProps(model, new sns.Topic(stack, 'Topic')));
  template = Template.fromStack(stack);
});

/** The deployed InputTransformer of the rule named `name`. */
function transformer(name: string): { InputPathsMap: Record<string, string>; InputTemplate: string } {
  const [rule] = Object.values(template.findResources('AWS::Events::Rule', { Properties: { Name: name } }));
  return rule.Properties.Targets[0].InputTransformer;
}

describe('OktaEventAlerts', () => {
  test('one EventBridge rule per alert rule, on the Okta bus, to the alert topic', () => {
    template.resourceCountIs('AWS::Events::Rule', model.monitoring.alerts.oktaRules.length);
    template.hasResourceProperties('AWS::Events::Rule', {
      Name: 'acme-security-okta-admin-console-new-behaviour',
      EventBusName: { Ref: Match.stringLikeRegexp('^OktaBus') },
      EventPattern: {
        source: [{ prefix: 'aws.partner/okta.com' }],
        detail: {
          eventType: ['policy.evaluate_sign_on'],
          target: { displayName: ['Okta Admin Console'] },
          $or: [
            { debugContext: { debugData: { behaviors: [{ wildcard: '*POSITIVE*' }] } } },
            { debugContext: { debugData: { logOnlySecurityData: [{ wildcard: '*POSITIVE*' }] } } },
          ],
        },
      },
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^Topic') } })],
    });
  });

  test('a page names the alert, the Sigma rule with its author, and carries the whole event', () => {
    const t = transformer('acme-security-okta-session-via-proxy');
    expect(t.InputPathsMap).toEqual({ detail: '$.detail' });
    expect(t.InputTemplate).toBe(
      '{"alert":"A user session started through an anonymising proxy","rule":"acme-security-okta-session-via-proxy","implements":"Sigma rule bde30855-5c53-4c18-ae90-1ff79ebc9578 \\"Okta User Session Start Via An Anonymising Proxy Service\\" by kelnage (SigmaHQ, Detection Rule License 1.1)","event":<detail>}',
    );
  });

  test('a rule whose username may be a password pages with the listed fields only', () => {
    const t = transformer('acme-security-okta-password-as-username');
    expect(Object.values(t.InputPathsMap).sort()).toEqual([
      '$.detail.actor.id',
      '$.detail.client.ipAddress',
      '$.detail.displayMessage',
      '$.detail.eventType',
      '$.detail.outcome.reason',
      '$.detail.published',
      '$.detail.uuid',
    ]);
    expect(t.InputTemplate).not.toContain('alternateId');
    expect(JSON.stringify(t.InputPathsMap)).not.toContain('alternateId');
  });

  test('Okta guidance is cited by title and address', () => {
    expect(transformer('acme-security-okta-support-impersonation').InputTemplate).toContain(
      '"implements":"Okta guidance \\"Read Only Impersonation Access System Logs Audit Events\\" https://support.okta.com/help/s/article/read-only-impersonation-access-system-logs-audit-events"',
    );
  });
});
