// The @pulumi/okta type tokens the blueprint declares, and the data sources it reads.
// Pure strings, so the spec layer needs no Pulumi import; the program maps each token to
// its class (lib/okta/program/resource-classes.ts), and a test checks the two agree.
export const OKTA = {
  user: 'okta:user/user:User',
  group: 'okta:group/group:Group',
  groupRule: 'okta:group/rule:Rule',
  groupMemberships: 'okta:index/groupMemberships:GroupMemberships',
  groupRole: 'okta:group/role:Role',
  samlApp: 'okta:app/saml:Saml',
  oauthApp: 'okta:app/oAuth:OAuth',
  bookmarkApp: 'okta:app/bookmark:Bookmark',
  appGroupAssignment: 'okta:app/groupAssignment:GroupAssignment',
  appSignonPolicy: 'okta:index/appSignonPolicy:AppSignonPolicy',
  appSignonPolicyRule: 'okta:index/appSignonPolicyRule:AppSignonPolicyRule',
  pushGroup: 'okta:index/pushGroup:PushGroup',
  signonPolicy: 'okta:policy/signon:Signon',
  signonPolicyRule: 'okta:policy/ruleSignon:RuleSignon',
  logStream: 'okta:index/logStream:LogStream',
  passwordPolicy: 'okta:policy/password:Password',
  passwordPolicyRule: 'okta:policy/rulePassword:RulePassword',
  defaultPasswordPolicy: 'okta:index/policyPasswordDefault:PolicyPasswordDefault',
  authenticatorPolicy: 'okta:policy/mfa:Mfa',
  authenticatorPolicyRule: 'okta:policy/ruleMfa:RuleMfa',
  appAccessPolicyAssignment: 'okta:app/accessPolicyAssignment:AccessPolicyAssignment',
  networkZone: 'okta:network/zone:Zone',
  threatInsight: 'okta:index/threatInsightSettings:ThreatInsightSettings',
  behaviour: 'okta:index/behaviour:Behaviour',
  securityNotificationEmails: 'okta:index/securityNotificationEmails:SecurityNotificationEmails',
} as const;

export const OKTA_LOOKUPS = {
  user: 'okta:user/getUser:getUser',
  app: 'okta:app/getApp:getApp',
  everyoneGroup: 'okta:group/getEveryoneGroup:getEveryoneGroup',
  users: 'okta:user/getUsers:getUsers',
  appSignonPolicy: 'okta:index/getAppSignonPolicy:getAppSignonPolicy',
  group: 'okta:group/getGroup:getGroup',
} as const;

export type OktaType = (typeof OKTA)[keyof typeof OKTA];

/** App types: every one of them is protected. */
export const APP_TYPES: readonly string[] = [OKTA.samlApp, OKTA.oauthApp, OKTA.bookmarkApp];
