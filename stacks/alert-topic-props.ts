// What every Security alert topic gets from the model: the org's name, the one topic name per
// account, and the subscribers monitoring.yaml names (alerts.channels → org.yaml alertChannels).
import type { AlertTopicProps } from '../lib/aws/alert-topic';
import { orgSlug } from '../lib/aws/org-naming';
import type { OrgModel } from '../lib/model/org-model';

export function alertTopicProps(model: OrgModel, purpose: string): AlertTopicProps {
  const subscribers = model.monitoring.alerts.channels.map((channelId) => {
    const channel = model.alertChannels.find((c) => c.id === channelId);
    if (!channel)
      throw new Error(`monitoring.yaml alerts.channels: no alert channel "${channelId}" in org.yaml`);
    return channel;
  });
  return { orgName: model.name, topicName: `${orgSlug(model)}-security-alerts`, purpose, subscribers };
}
