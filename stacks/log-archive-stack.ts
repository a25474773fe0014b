// Security's log archive stack (log archive account): the bucket the organization trail and
// every account's AWS Config deliver to. Deployed first: the trail checks the bucket policy.
import type { Construct } from 'constructs';
import { LogArchive } from '../lib/aws/log-archive';
import { accountById } from '../lib/aws/org-accounts';
import {
  accessLogsBucketName,
  configRecorderRoleName,
  logArchiveBucketName,
  orgSlug,
  orgTrailArn,
} from '../lib/aws/org-naming';
import { retentionDays } from '../lib/aws/retention-days';
import type { OrgModel } from '../lib/model/org-model';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface LogArchiveStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
}

export class LogArchiveStack extends OwnerStack {
  readonly archive: LogArchive;

  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    const { model } = props;
    const trail = model.logging.trail;
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'log-archive',
      account: accountById(model, trail.archiveAccount),
      description: `${model.name} Security: object-locked log archive of the organization trail and AWS Config`,
    });
    const trailAccountId = accountById(model, trail.account).accountId;
    this.archive = new LogArchive(this, 'LogArchive', {
      orgName: model.name,
      orgSlug: orgSlug(model),
      organizationId: model.aws.organizationId,
      bucketName: logArchiveBucketName(model, this.account),
      accessLogsBucketName: accessLogsBucketName(model, this.account),
      trailAccountId,
      trailArn: orgTrailArn(model, trailAccountId),
      configRecorderRoleName: configRecorderRoleName(model),
      retentionDays: retentionDays(trail.retention, 'logging.yaml trail.retention'),
      objectLockMode: trail.objectLock.mode,
      objectLockDays: retentionDays(trail.objectLock.retention, 'logging.yaml trail.objectLock.retention'),
    });
  }
}
