// What every Security alert topic gets from the model: the org's name, a topic name of its
// stack's own (two stacks share an account and region, and a name is one resource there: the
// second stack's deploy would fail on it), and the subscribers monitoring.yaml names
// (alerts.channels → org.yaml alertChannels).
import type { AlertTopicProps } from '../lib/aws/alert-topic';
import { orgSlug } from '../lib/aws/org-naming';
import type { OrgModel } from '../lib/model/org-model';

/** `stack`: which Security stack the topic belongs to, in its name (`acme-security-<stack>-alerts`). */
export function alertTopicProps(model: OrgModel, stack: string, purpose: string): AlertTopicProps {
  const subscribers = model.monitoring.alerts.channels.map((channelId) => {
    const channel = model.alertChannels.find((c) => c.id === channelId);
    if (!channel)
      throw new Error(`monitoring.yaml alerts.channels: no alert channel "${channelId}" in org.yaml`);
    return channel;
  });
  return {
    orgName: model.name,
    topicName: `${orgSlug(model)}-security-${stack}-alerts`,
    purpose,
    subscribers,
  };
}
