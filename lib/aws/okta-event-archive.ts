// An EventBridge archive of every Okta System Log event on the partner bus, so events no
// alert rule selects are kept and can be replayed into the bus (an investigation, a new rule
// tried on past events). Kept for logging.yaml oktaLogStream.archiveRetention, and retained
// when the stack is deleted or the archive replaced: it is never removed before that.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import { OKTA_SOURCE_PREFIX } from './okta-event-pattern';
import { retentionDays } from './retention-days';

export interface OktaEventArchiveProps {
  /** The Okta log stream's partner event bus. */
  readonly bus: events.IEventBus;
  /** Archive names are 1-48 of A-Z a-z 0-9 . - _ */
  readonly archiveName: string;
  /** ISO-8601 duration, at least a day (logging.yaml oktaLogStream.archiveRetention). */
  readonly retention: string;
}

export class OktaEventArchive extends Construct {
  readonly archive: events.Archive;

  constructor(scope: Construct, id: string, props: OktaEventArchiveProps) {
    super(scope, id);
    if (!/^[A-Za-z0-9._-]{1,48}$/.test(props.archiveName))
      throw new Error(
        `OktaEventArchive: archive names are 1-48 of A-Z a-z 0-9 . - _, got ${JSON.stringify(props.archiveName)}`,
      );
    const days = retentionDays(props.retention, 'logging.yaml oktaLogStream.archiveRetention');
    this.archive = new events.Archive(this, 'Archive', {
      sourceEventBus: props.bus,
      archiveName: props.archiveName,
      description: `Every Okta System Log event, kept ${days} days for investigation and replay`,
      eventPattern: { source: events.Match.prefix(OKTA_SOURCE_PREFIX) },
      retention: Duration.days(days),
    });
    this.archive.applyRemovalPolicy(RemovalPolicy.RETAIN);
  }
}
