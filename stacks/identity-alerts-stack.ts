// Security's Okta alerts stack (the account and region the Okta log stream targets): the
// partner event bus of the Okta System Log stream, the rules paging on risky events, the
// archive of every event, the alarm when the stream goes quiet, and the rule forwarding
// joiner/mover/leaver events to IT's lifecycle automation.
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { lifecycleEventBusName } from '../lib/aws/lifecycle-automation';
import { LifecycleEventForwarding } from '../lib/aws/lifecycle-event-forwarding';
import { OktaEventAlerts, type OktaEventAlertsProps } from '../lib/aws/okta-event-alerts';
import { OktaEventArchive } from '../lib/aws/okta-event-archive';
import { OktaLogHeartbeat } from '../lib/aws/okta-log-heartbeat';
import { accountById, accountByRole } from '../lib/aws/org-accounts';
import { oktaPartnerEventSourceName, orgSlug } from '../lib/aws/org-naming';
import type { OrgModel } from '../lib/model/org-model';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface IdentityAlertsStackProps {
  /** Needs logging.yaml oktaLogStream. */
  readonly model: OrgModel;
}

/** The Okta alert rules monitoring.yaml lists, on the partner bus of the org's Okta log stream. */
export function oktaEventAlertsProps(model: OrgModel, topic: sns.ITopic): OktaEventAlertsProps {
  const eventSourceName = oktaPartnerEventSourceName(model);
  if (!eventSourceName) throw new Error('OktaEventAlerts needs logging.yaml oktaLogStream');
  return {
    eventSourceName,
    ruleNamePrefix: `${orgSlug(model)}-security-okta`,
    rules: model.monitoring.alerts.oktaRules,
    topic,
  };
}

export class IdentityAlertsStack extends OwnerStack {
  readonly alerts: AlertTopic;
  readonly okta: OktaEventAlerts;
  readonly archive: OktaEventArchive;
  readonly heartbeat: OktaLogHeartbeat;
  readonly lifecycle: LifecycleEventForwarding;

  constructor(scope: Construct, id: string, props: IdentityAlertsStackProps) {
    const { model } = props;
    const stream = model.logging.oktaLogStream;
    if (!stream) throw new Error('IdentityAlertsStack needs logging.yaml oktaLogStream');
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'okta-alerts',
      account: accountById(model, stream.account),
      region: stream.region,
      description: `${model.name} Security: Okta System Log event bus and alerts on risky Okta events`,
    });
    this.alerts = new AlertTopic(this, 'Alerts', alertTopicProps(model, 'okta', 'risky Okta events'));
    this.okta = new OktaEventAlerts(this, 'OktaEvents', oktaEventAlertsProps(model, this.alerts.topic));
    this.archive = new OktaEventArchive(this, 'OktaArchive', {
      bus: this.okta.bus,
      archiveName: `${orgSlug(model)}-okta-system-log`,
      retention: stream.archiveRetention,
    });
    this.heartbeat = new OktaLogHeartbeat(this, 'OktaHeartbeat', {
      eventSourceName: oktaPartnerEventSourceName(model) as string,
      silence: model.monitoring.alerts.oktaSilence,
      topic: this.alerts.topic,
      alarmName: `${orgSlug(model)}-security-okta-log-silent`,
    });
    this.lifecycle = new LifecycleEventForwarding(this, 'LifecycleForwarding', {
      oktaBus: this.okta.bus,
      lifecycleBusName: lifecycleEventBusName(model),
      lifecycleBusAccountId: accountByRole(model, 'management').accountId,
      lifecycleBusRegion: model.aws.homeRegion,
      ruleName: `${orgSlug(model)}-security-okta-lifecycle-forward`,
    });
  }
}
