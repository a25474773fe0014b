// The KMS-encrypted, SSL-only SNS topic security alerts go to, with the subscribers it is
// given (the composition resolves monitoring.yaml alerts.channels → org.yaml alertChannels).
// CloudWatch alarms and EventBridge rules of this account may publish to it.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { AlertChannel } from '../model/org-model';

export interface AlertTopicProps {
  /** The org's display name, in the key's description and the topic's display name (e.g. "Acme"). */
  readonly orgName: string;
  /** The SNS topic's name (e.g. "acme-security-alerts"). */
  readonly topicName: string;
  /** What raises alerts here, for the topic's display name (e.g. "CIS alarms"). */
  readonly purpose: string;
  /**
   * Who is paged: an email subscription or an HTTPS endpoint per channel, in this order.
   * @default - no subscriber
   */
  readonly subscribers?: readonly AlertChannel[];
}

/** Services that publish security alerts. */
const PUBLISHERS = ['cloudwatch.amazonaws.com', 'events.amazonaws.com'];

export class AlertTopic extends Construct {
  readonly topic: sns.Topic;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    const account = Stack.of(this).account;
    this.key = new kms.Key(this, 'Key', {
      description: `Encrypts ${props.orgName} security alerts (${props.purpose})`,
      enableKeyRotation: true,
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlertPublishers',
        principals: PUBLISHERS.map((p) => new iam.ServicePrincipal(p)),
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', {
      topicName: props.topicName,
      displayName: `${props.orgName} security alerts: ${props.purpose}`,
      masterKey: this.key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlarmsPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
    for (const channel of props.subscribers ?? []) {
      this.topic.addSubscription(
        channel.type === 'email'
          ? new subs.EmailSubscription(channel.endpoint)
          : new subs.UrlSubscription(channel.endpoint, { protocol: sns.SubscriptionProtocol.HTTPS }),
      );
    }
  }
}
