// Forwards the Okta lifecycle events (joins, leaves, profile changes) from Security's Okta
// partner bus to IT's lifecycle bus in the management account, where the joiner/mover/leaver
// workflows start. Security depends on IT's bus name here; IT never depends on Security.
import { Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { LIFECYCLE_EVENT_TYPES } from './lifecycle-automation';

export interface LifecycleEventForwardingProps {
  /** The bus the Okta log stream delivers to. */
  readonly oktaBus: events.IEventBus;
  /** IT's lifecycle bus (`lifecycleEventBusName`). */
  readonly lifecycleBusName: string;
  /** The account of IT's lifecycle bus (the management account). */
  readonly lifecycleBusAccountId: string;
  /** The region of IT's lifecycle bus (the home region). */
  readonly lifecycleBusRegion: string;
  /** The forwarding rule's name. */
  readonly ruleName: string;
}

export class LifecycleEventForwarding extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: LifecycleEventForwardingProps) {
    super(scope, id);
    const itBusArn = Stack.of(this).formatArn({
      service: 'events',
      account: props.lifecycleBusAccountId,
      region: props.lifecycleBusRegion,
      resource: 'event-bus',
      resourceName: props.lifecycleBusName,
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
      ruleName: props.ruleName,
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
