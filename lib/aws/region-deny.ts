// The region guardrail: nothing outside the regions config allows (`aws.homeRegion` and
// `aws.regions`, where the security baseline runs), except the global services AWS documents,
// whose calls go to us-east-1 or carry no region. The list is AWS's own example's
// (aws-samples/service-control-policy-examples, Region-controls/Deny-access-to-AWS-based-on-
// the-requested-AWS-region.json; also in the Organizations user guide's SCP examples).
import type { OrgModel } from '../model/org-model';
import { securityRegions } from './org-accounts';

/** Global services and calls the region deny leaves alone, AWS's documented list. */
export const GLOBAL_SERVICE_ACTIONS = [
  'a4b:*',
  'acm:*',
  'aws-marketplace-management:*',
  'aws-marketplace:*',
  'aws-portal:*',
  'budgets:*',
  'ce:*',
  'chime:*',
  'cloudfront:*',
  'config:*',
  'cur:*',
  'directconnect:*',
  'ec2:DescribeRegions',
  'ec2:DescribeTransitGateways',
  'ec2:DescribeVpnGateways',
  'fms:*',
  'globalaccelerator:*',
  'health:*',
  'iam:*',
  'importexport:*',
  'kms:*',
  'mobileanalytics:*',
  'networkmanager:*',
  'organizations:*',
  'pricing:*',
  'route53-recovery-cluster:*',
  'route53-recovery-control-config:*',
  'route53-recovery-readiness:*',
  'route53:*',
  'route53domains:*',
  's3:GetAccountPublic*',
  's3:ListAllMyBuckets',
  's3:ListMultiRegionAccessPoints',
  's3:PutAccountPublic*',
  'shield:*',
  'sts:*',
  'support:*',
  'trustedadvisor:*',
  'waf-regional:*',
  'waf:*',
  'wafv2:*',
  'wellarchitected:*',
];

/** The regions requests may go to: the home region first, then the others config lists. */
export function allowedRegions(model: OrgModel): string[] {
  return securityRegions(model);
}

/** The statement (it sits in an existing SCP: a target holds at most five). */
export function denyOtherRegions(model: OrgModel, exempt: Record<string, unknown>): Record<string, unknown> {
  return {
    Sid: 'DenyOtherRegions',
    Effect: 'Deny',
    NotAction: GLOBAL_SERVICE_ACTIONS,
    Resource: '*',
    Condition: {
      StringNotEquals: { 'aws:RequestedRegion': allowedRegions(model) },
      ...exempt,
    },
  };
}
