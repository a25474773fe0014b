// The Okta System Log streamed to AWS EventBridge in the security account, where the
// alert rules listen. Protected: deleting it would silently blind the alerting.
import type { OrgModel } from '../../model/org-model';
import { eventSourceName } from '../../naming/okta-event-source';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec } from '../spec';

export function logStreamSpecs(model: Pick<OrgModel, 'logging' | 'aws'>): ResourceSpec[] {
  const stream = model.logging.oktaLogStream;
  if (!stream) return [];
  const account = model.aws.accounts.find((a) => a.id === stream.account);
  if (!account) throw new Error(`internal: log stream account "${stream.account}" is not in org.yaml`);
  return [
    {
      type: OKTA.logStream,
      name: oktaName('log-stream'),
      component: 'LogStream',
      inputs: {
        name: stream.name,
        type: 'aws_eventbridge',
        status: 'ACTIVE',
        settings: {
          accountId: account.accountId,
          eventSourceName: eventSourceName(stream.name),
          region: stream.region,
        },
      },
      options: { protect: true },
    },
  ];
}
