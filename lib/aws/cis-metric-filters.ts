// The CIS AWS Foundations Benchmark (section 4, "Monitoring") metric filters on the
// organization trail's CloudWatch Logs: one alarm each. Ids are stable (they name the
// constructs and metrics); the CIS control number is for auditors.
export interface CisMetricFilter {
  readonly id: string;
  readonly cis: string;
  readonly title: string;
  readonly pattern: string;
  /** Events the filter alarms on beyond the benchmark's list, on purpose. @default - none */
  readonly beyondCis?: readonly string[];
}

const anyEvent = (names: readonly string[]) => names.map((n) => `($.eventName = ${n})`).join(' || ');
const fromSource = (source: string, names: readonly string[]) =>
  `{ ($.eventSource = ${source}) && (${anyEvent(names)}) }`;

/** The Organizations events CIS 4.15 lists. */
const ORGANIZATIONS_CIS_EVENTS = [
  'AcceptHandshake',
  'AttachPolicy',
  'CreateAccount',
  'CreateOrganizationalUnit',
  'CreatePolicy',
  'DeclineHandshake',
  'DeleteOrganization',
  'DeleteOrganizationalUnit',
  'DeletePolicy',
  'DetachPolicy',
  'DisablePolicyType',
  'EnablePolicyType',
  'InviteAccountToOrganization',
  'LeaveOrganization',
  'MoveAccount',
  'RemoveAccountFromOrganization',
  'UpdatePolicy',
  'UpdateOrganizationalUnit',
];

/**
 * Organizations changes as grave as those, which CIS does not list: handshakes cancelled, an
 * organization created or switched to all features, and the trusted access and delegated
 * administration the security services run on turned off.
 */
const ORGANIZATIONS_MORE_EVENTS = [
  'CancelHandshake',
  'CreateOrganization',
  'DeregisterDelegatedAdministrator',
  'DisableAWSServiceAccess',
  'EnableAllFeatures',
];

export const CIS_METRIC_FILTERS: readonly CisMetricFilter[] = [
  {
    id: 'unauthorized-api-calls',
    cis: '4.1',
    title: 'Unauthorized API calls',
    pattern:
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  {
    id: 'console-signin-without-mfa',
    cis: '4.2',
    title: 'Management console sign-in without MFA',
    pattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    id: 'root-account-usage',
    cis: '4.3',
    title: 'Usage of the root user',
    pattern:
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    id: 'iam-policy-changes',
    cis: '4.4',
    title: 'IAM policy changes',
    pattern: `{ ${anyEvent([
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    ])} }`,
  },
  {
    id: 'cloudtrail-changes',
    cis: '4.5',
    title: 'CloudTrail configuration changes',
    pattern: `{ ${anyEvent(['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'])} }`,
  },
  {
    id: 'console-auth-failures',
    cis: '4.6',
    title: 'Management console authentication failures',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  {
    id: 'cmk-disable-or-deletion',
    cis: '4.7',
    title: 'Disabling or scheduled deletion of customer-managed KMS keys',
    pattern: fromSource('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion']),
  },
  {
    id: 's3-bucket-policy-changes',
    cis: '4.8',
    title: 'S3 bucket policy changes',
    pattern: fromSource('s3.amazonaws.com', [
      'PutBucketAcl',
      'PutBucketPolicy',
      'PutBucketCors',
      'PutBucketLifecycle',
      'PutBucketReplication',
      'DeleteBucketPolicy',
      'DeleteBucketCors',
      'DeleteBucketLifecycle',
      'DeleteBucketReplication',
    ]),
  },
  {
    id: 'config-changes',
    cis: '4.9',
    title: 'AWS Config configuration changes',
    pattern: fromSource('config.amazonaws.com', [
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
    ]),
  },
  {
    id: 'security-group-changes',
    cis: '4.10',
    title: 'Security group changes',
    pattern: `{ ${anyEvent([
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
    ])} }`,
  },
  {
    id: 'nacl-changes',
    cis: '4.11',
    title: 'Network ACL changes',
    pattern: `{ ${anyEvent([
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    ])} }`,
  },
  {
    id: 'network-gateway-changes',
    cis: '4.12',
    title: 'Network gateway changes',
    pattern: `{ ${anyEvent([
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    ])} }`,
  },
  {
    id: 'route-table-changes',
    cis: '4.13',
    title: 'Route table changes',
    pattern: fromSource('ec2.amazonaws.com', [
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    ]),
  },
  {
    id: 'vpc-changes',
    cis: '4.14',
    title: 'VPC changes',
    pattern: `{ ${anyEvent([
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    ])} }`,
  },
  {
    id: 'organizations-changes',
    cis: '4.15',
    title: 'AWS Organizations changes',
    pattern: fromSource(
      'organizations.amazonaws.com',
      [...ORGANIZATIONS_CIS_EVENTS, ...ORGANIZATIONS_MORE_EVENTS].sort(),
    ),
    beyondCis: ORGANIZATIONS_MORE_EVENTS,
  },
];

/** Any use of a break-glass IAM user or role (assumed-role sessions carry the role name as issuer). */
export function breakGlassPattern(accountId: string, principal: string): string {
  return `{ ($.recipientAccountId = "${accountId}") && (($.userIdentity.userName = "${principal}") || ($.userIdentity.sessionContext.sessionIssuer.userName = "${principal}")) }`;
}
