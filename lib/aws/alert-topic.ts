// The KMS-encrypted, SSL-only SNS topic security alerts go to, with the subscribers
// monitoring.yaml names (alerts.channels → org.yaml alertChannels). CloudWatch alarms and
// EventBridge rules of this account may publish to it.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { OrgModel } from '../model/org-model';
import { orgSlug } from './org-naming';

export interface AlertTopicProps {
  readonly model: OrgModel;
  /** What raises alerts here, for the topic's display name (e.g. "CIS alarms"). */
  readonly purpose: string;
}

/** Services that publish security alerts. */
const PUBLISHERS = ['cloudwatch.amazonaws.com', 'events.amazonaws.com'];

export class AlertTopic extends Construct {
  readonly topic: sns.Topic;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    const { model } = props;
    const account = Stack.of(this).account;
    this.key = new kms.Key(this, 'Key', {
      description: `Encrypts ${model.name} security alerts (${props.purpose})`,
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
      topicName: `${orgSlug(model)}-security-alerts`,
      displayName: `${model.name} security alerts: ${props.purpose}`,
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
    for (const channelId of model.monitoring.alerts.channels) {
      const channel = model.alertChannels.find((c) => c.id === channelId);
      if (!channel)
        throw new Error(`monitoring.yaml alerts.channels: no alert channel "${channelId}" in org.yaml`);
      this.topic.addSubscription(
        channel.type === 'email'
          ? new subs.EmailSubscription(channel.endpoint)
          : new subs.UrlSubscription(channel.endpoint, { protocol: sns.SubscriptionProtocol.HTTPS }),
      );
    }
  }
}
