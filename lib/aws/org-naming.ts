// Names of everything AWS-side that must be known before it exists: stack names, bucket
// names, role names, the Okta partner event bus. Derived only from stable config values
// (org name, organization id, account ids, config ids), so stacks in different accounts can
// refer to each other's resources without CloudFormation cross-stack references.
import type { OrgModel, Side } from '../model/org-model';
import { orgSlug } from '../model/org-slug';
import { eventSourceName } from '../naming/okta-event-source';

export { orgSlug } from '../model/org-slug';

/** A stable CloudFormation stack name: `<org>-<side>-<purpose>`, or `<org>-<side>` for the side's main stack. */
export function stackName(model: Pick<OrgModel, 'name'>, side: Side, purpose?: string): string {
  return [orgSlug(model), side, purpose].filter(Boolean).join('-');
}

/** The object-locked bucket the organization trail and AWS Config deliver to (log archive account). */
export function logArchiveBucketName(model: OrgModel, logArchiveAccountId: string): string {
  return `${model.aws.organizationId}-logs-${logArchiveAccountId}`;
}

/** The bucket that receives the log archive bucket's server access logs. */
export function accessLogsBucketName(model: OrgModel, logArchiveAccountId: string): string {
  return `${model.aws.organizationId}-access-logs-${logArchiveAccountId}`;
}

/** The organization trail's ARN, known before the trail exists (for bucket and key policies). */
export function orgTrailArn(model: OrgModel, managementAccountId: string): string {
  return `arn:aws:cloudtrail:${model.aws.homeRegion}:${managementAccountId}:trail/${model.logging.trail.name}`;
}

/** The IAM role AWS Config records with in every account (created by the member baseline). */
export function configRecorderRoleName(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-config-recorder`;
}

/** The name prefix of the lifecycle automation's resources (IT's stack). */
export function lifecyclePrefix(model: Pick<OrgModel, 'name'>): string {
  return `${orgSlug(model)}-it-lifecycle`;
}

/** The SSM parameter that points the lifecycle Lambdas at the org's directory (lib/aws/lifecycle-directory-data.ts). */
export function lifecycleDirectoryParameterArn(model: OrgModel, managementAccountId: string): string {
  return `arn:aws:ssm:${model.aws.homeRegion}:${managementAccountId}:parameter/${lifecyclePrefix(model)}/directory`;
}

/** The GitHub Actions deploy role of one owner (in the management account). */
export function deployRoleName(model: Pick<OrgModel, 'name'>, side: Side): string {
  return `${orgSlug(model)}-${side}-deploy`;
}

/**
 * The name Okta gives the partner event source (and so the event bus) of its EventBridge log
 * stream: `aws.partner/okta.com/<okta subdomain>/<event source name>`, the event source name
 * being the one the Okta program declares the log stream with.
 */
export function oktaPartnerEventSourceName(model: OrgModel): string | undefined {
  const stream = model.logging.oktaLogStream;
  if (!stream) return undefined;
  const subdomain = new URL(model.oktaOrgUrl).hostname.split('.')[0];
  return `aws.partner/okta.com/${subdomain}/${eventSourceName(stream.name)}`;
}
