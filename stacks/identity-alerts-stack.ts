// Security's Okta alerts stack (the account and region the Okta log stream targets): the
// partner event bus of the Okta System Log stream, the rule paging on risky events, and the
// rule forwarding joiner/mover/leaver events to IT's lifecycle automation.
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { LifecycleEventForwarding } from '../lib/aws/lifecycle-event-forwarding';
import { OktaEventAlerts } from '../lib/aws/okta-event-alerts';
import { accountById } from '../lib/aws/org-accounts';
import type { OrgModel } from '../lib/model/org-model';
import { OwnerStack } from './owner-stack';

export interface IdentityAlertsStackProps {
  /** Needs logging.yaml oktaLogStream. */
  readonly model: OrgModel;
}

export class IdentityAlertsStack extends OwnerStack {
  readonly alerts: AlertTopic;
  readonly okta: OktaEventAlerts;
  readonly lifecycle: LifecycleEventForwarding;

  constructor(scope: Construct, id: string, props: IdentityAlertsStackProps) {
    const { model } = props;
    const stream = model.logging.oktaLogStream;
    if (!stream) throw new Error('IdentityAlertsStack needs logging.yaml oktaLogStream');
    super(scope, id, {
      model,
      side: 'security',
      purpose: 'okta-alerts',
      account: accountById(model, stream.account),
      region: stream.region,
      description: `${model.name} Security: Okta System Log event bus and alerts on risky Okta events`,
    });
    this.alerts = new AlertTopic(this, 'Alerts', { model, purpose: 'risky Okta events' });
    this.okta = new OktaEventAlerts(this, 'OktaEvents', { model, topic: this.alerts.topic });
    this.lifecycle = new LifecycleEventForwarding(this, 'LifecycleForwarding', {
      model,
      oktaBus: this.okta.bus,
    });
  }
}
