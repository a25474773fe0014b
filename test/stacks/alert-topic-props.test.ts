// alertTopicProps: the subscribers of Security's alert topics are monitoring.yaml's channels,
// resolved against org.yaml's alertChannels, in order.
import type { OrgModel } from '../../lib/model/org-model';
import { alertTopicProps } from '../../stacks/alert-topic-props';
import { exampleModel } from '../aws/support/synth-app';

const model = exampleModel();
const withChannels = (channels: string[]): OrgModel => ({
  ...model,
  monitoring: { ...model.monitoring, alerts: { ...model.monitoring.alerts, channels } },
});

describe('alertTopicProps', () => {
  test("names the topic after the org and its stack, and subscribes monitoring.yaml's channels, in order", () => {
    const ids = model.alertChannels.map((c) => c.id);
    const props = alertTopicProps(withChannels([...ids].reverse()), 'org-trail', 'CIS alarms');
    expect(props).toEqual({
      orgName: 'Acme',
      topicName: 'acme-security-org-trail-alerts',
      purpose: 'CIS alarms',
      subscribers: [...model.alertChannels].reverse(),
    });
  });

  test('a channel org.yaml does not declare is an error naming it', () => {
    expect(() => alertTopicProps(withChannels(['pager']), 'org-trail', 'CIS alarms')).toThrow(
      'monitoring.yaml alerts.channels: no alert channel "pager" in org.yaml',
    );
  });
});
