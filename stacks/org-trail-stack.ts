// Security's trail stack (the trail's account, the management account): the organization
// trail, its CloudWatch Logs copy, and the CIS and break-glass alarms on it.
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import { accountById } from '../lib/aws/org-accounts';
import { logArchiveBucketName, orgSlug, orgTrailArn } from '../lib/aws/org-naming';
import { OrgTrail } from '../lib/aws/org-trail';
import { logRetention } from '../lib/aws/retention-days';
import { SecurityAlarms } from '../lib/aws/security-alarms';
import type { OrgModel } from '../lib/model/org-model';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface OrgTrailStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
}

export class OrgTrailStack extends OwnerStack {
  readonly trail: OrgTrail;
  readonly alerts: AlertTopic;
  readonly alarms: SecurityAlarms;

  constructor(scope: Construct, id: string, props: OrgTrailStackProps) {
    const { model } = props;
    const config = model.logging.trail;
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'org-trail',
      account: accountById(model, config.account),
      description: `${model.name} Security: organization CloudTrail, CIS metric-filter alarms and break-glass alarms`,
    });
    const readers = [config.archiveAccount, model.monitoring.auditAccount].map(
      (a) => accountById(model, a).accountId,
    );
    this.trail = new OrgTrail(this, 'OrgTrail', {
      orgName: model.name,
      orgSlug: orgSlug(model),
      organizationId: model.aws.organizationId,
      trailName: config.name,
      trailArn: orgTrailArn(model, this.account),
      logArchiveBucketName: logArchiveBucketName(model, accountById(model, config.archiveAccount).accountId),
      readerAccountIds: readers,
      cloudWatchRetention: logRetention(config.cloudWatchRetention, 'logging.yaml trail.cloudWatchRetention'),
      dataEvents: config.dataEvents,
    });
    this.alerts = new AlertTopic(
      this,
      'Alerts',
      alertTopicProps(model, 'org-trail', 'CIS and break-glass alarms'),
    );
    this.alarms = new SecurityAlarms(this, 'Alarms', {
      orgSlug: orgSlug(model),
      logGroup: this.trail.logGroup,
      topic: this.alerts.topic,
      cisAlarms: model.monitoring.alerts.cisAlarms,
      breakGlass: model.breakGlass.map((b) => ({
        id: b.id,
        principal: b.principal,
        account: b.account,
        accountId: accountById(model, b.account).accountId,
      })),
    });
  }
}
