// Risky Okta activity: associates the Okta log stream's partner event source with an event
// bus and pages on the System Log event types monitoring.yaml lists (privilege grants, API
// token creation, policy and MFA changes, log stream changes).
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { oktaPartnerEventSourceName, orgSlug } from './org-naming';

export interface OktaEventAlertsProps {
  readonly model: OrgModel;
  readonly topic: sns.ITopic;
}

export class OktaEventAlerts extends Construct {
  readonly bus: events.EventBus;
  readonly rule?: events.Rule;

  constructor(scope: Construct, id: string, props: OktaEventAlertsProps) {
    super(scope, id);
    const { model } = props;
    const source = oktaPartnerEventSourceName(model);
    if (!source) throw new Error('OktaEventAlerts needs logging.yaml oktaLogStream');
    // The bus of a partner event source must carry the source's name.
    this.bus = new events.EventBus(this, 'Bus', { eventSourceName: source });
    const eventTypes = [...model.monitoring.alerts.oktaEvents].sort();
    if (eventTypes.length) {
      this.rule = new events.Rule(this, 'RiskyEvents', {
        ruleName: `${orgSlug(model)}-security-okta-risky-events`,
        description: 'Okta System Log events that change privileges, tokens, policies, MFA or log streaming',
        eventBus: this.bus,
        eventPattern: {
          source: events.Match.prefix('aws.partner/okta.com'),
          detail: { eventType: eventTypes },
        },
        targets: [new targets.SnsTopic(props.topic)],
      });
    }
  }
}
