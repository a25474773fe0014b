// Which resource types Security approves any change to, and why, as data. `*` at the end of
// a type matches a whole service. Some types are Security's only when they carry privilege
// (Identity Center permission sets and assignments, apps): those are judged in aws-risk.ts
// and okta-risk.ts, not here.

/** CloudFormation resource types whose every change needs Security. */
export const SECURITY_AWS_TYPES: readonly (readonly [type: string, reason: string])[] = [
  ['AWS::IAM::*', 'IAM'],
  ['AWS::SSO::Instance*', 'Identity Center settings'],
  ['AWS::SSO::Application*', 'Identity Center applications'],
  ['AWS::IdentityStore::*', 'Identity Center directory'],
  ['AWS::Organizations::*', 'Organizations and SCPs'],
  ['AWS::CloudTrail::*', 'CloudTrail'],
  ['AWS::Config::*', 'AWS Config'],
  ['AWS::GuardDuty::*', 'GuardDuty'],
  ['AWS::SecurityHub::*', 'Security Hub'],
  ['AWS::AccessAnalyzer::*', 'Access Analyzer'],
  ['AWS::Detective::*', 'Detective'],
  ['AWS::Macie::*', 'Macie'],
  ['AWS::KMS::*', 'KMS keys and key policies'],
  ['AWS::S3::BucketPolicy', 'bucket policy'],
  ['AWS::CloudWatch::Alarm', 'alarm'],
  ['AWS::CloudWatch::CompositeAlarm', 'alarm'],
  ['AWS::Logs::MetricFilter', 'metric filter'],
  ['AWS::Logs::ResourcePolicy', 'log resource policy'],
  ['AWS::SNS::Topic', 'alert topic'],
  ['AWS::SNS::TopicPolicy', 'alert topic policy'],
  ['AWS::SNS::Subscription', 'alert subscription'],
  ['AWS::SQS::QueuePolicy', 'queue policy'],
  ['AWS::Events::EventBusPolicy', 'event bus policy'],
  ['AWS::Lambda::Permission', 'Lambda resource policy'],
  ['AWS::SecretsManager::ResourcePolicy', 'secret resource policy'],
  ['AWS::CloudFormation::StackSet', 'StackSet deployed into member accounts'],
  ['AWS::EC2::SecurityGroup*', 'security groups'],
];

/** Resource properties naming the role a resource runs as: changing them changes its IAM. */
export const ROLE_PROPERTIES: readonly string[] = [
  'Role',
  'RoleArn',
  'ExecutionRoleArn',
  'TaskRoleArn',
  'ServiceRoleArn',
];

/** Okta resource types whose every change needs Security. */
export const SECURITY_OKTA_TYPES: readonly (readonly [type: string, reason: string])[] = [
  ['okta:group/role:*', 'Okta admin role'],
  ['okta:index/roleSubscription:*', 'Okta admin role'],
  ['okta:role/*', 'Okta admin role'],
  ['okta:index/adminRole*', 'Okta admin role'],
  ['okta:index/resourceSet:*', 'Okta admin resource set'],
  ['okta:policy/*', 'Okta sign-on, password or MFA policy'],
  ['okta:index/policy*', 'Okta policy'],
  ['okta:index/appSignonPolicy*', 'Okta app sign-on (MFA) policy'],
  ['okta:index/authenticator*', 'Okta authenticator'],
  ['okta:factor/*', 'Okta MFA factor'],
  ['okta:network/*', 'Okta network zone'],
  ['okta:index/networkZone:*', 'Okta network zone'],
  ['okta:index/logStream:*', 'Okta log stream'],
  ['okta:index/behaviour:*', 'Okta behavior detection'],
  ['okta:index/threatInsightSettings:*', 'Okta ThreatInsight'],
  ['okta:index/orgConfiguration:*', 'Okta org settings'],
  ['okta:index/securityNotificationEmails:*', 'Okta security notifications'],
  ['okta:trustedorigin/*', 'Okta trusted origin'],
  ['okta:idp/*', 'Okta identity provider'],
  ['okta:auth/*', 'Okta authorization server'],
];

const matcher = (pattern: string) =>
  pattern.endsWith('*') ? (t: string) => t.startsWith(pattern.slice(0, -1)) : (t: string) => t === pattern;

const lookup = (table: readonly (readonly [string, string])[]) => {
  const compiled = table.map(([p, reason]) => [matcher(p), reason] as const);
  return (type: string) => compiled.find(([m]) => m(type))?.[1];
};

/** Why Security approves a change to a resource of this CloudFormation type, if it must. */
export const securityAwsType = lookup(SECURITY_AWS_TYPES);
/** Why Security approves a change to a resource of this Okta type, if it must. */
export const securityOktaType = lookup(SECURITY_OKTA_TYPES);
