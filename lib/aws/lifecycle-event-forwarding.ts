// Forwards the Okta lifecycle events (joins, leaves, profile changes) from Security's Okta
// partner bus to IT's lifecycle bus in the management account, where the joiner/mover/leaver
// workflows start. Security depends on IT's bus name here; IT never depends on Security.
import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { LIFECYCLE_EVENT_TYPES, lifecycleEventBusName } from './lifecycle-automation';
import { accountByRole } from './org-accounts';
import { orgSlug } from './org-naming';

export interface LifecycleEventForwardingProps {
  readonly model: OrgModel;
  /** The bus the Okta log stream delivers to. */
  readonly oktaBus: events.IEventBus;
}

export class LifecycleEventForwarding extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: LifecycleEventForwardingProps) {
    super(scope, id);
    const { model } = props;
    const it = accountByRole(model, 'management');
    const itBusArn = Stack.of(this).formatArn({
      service: 'events',
      account: it.accountId,
      region: model.aws.homeRegion,
      resource: 'event-bus',
      resourceName: lifecycleEventBusName(model),
    });
    // A role that may put events on that one bus, with a customer-managed policy: the
    // default would be an inline policy added by the target.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com'),
      description: "Lets EventBridge forward Okta lifecycle events to IT's lifecycle bus",
      managedPolicies: [
        new iam.ManagedPolicy(this, 'PutEvents', {
          statements: [new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [itBusArn] })],
        }),
      ],
    });
    const eventTypes = Object.values(LIFECYCLE_EVENT_TYPES).flat().sort();
    this.rule = new events.Rule(this, 'Rule', {
      ruleName: `${orgSlug(model)}-security-okta-lifecycle-forward`,
      description: "Okta joiner/mover/leaver events, forwarded to IT's lifecycle bus",
      eventBus: props.oktaBus,
      eventPattern: {
        source: events.Match.prefix('aws.partner/okta.com'),
        detail: { eventType: eventTypes },
      },
      targets: [
        new targets.EventBus(events.EventBus.fromEventBusArn(this, 'ItLifecycleBus', itBusArn), {
          role: role.withoutPolicyUpdates(),
        }),
      ],
    });
  }
}
