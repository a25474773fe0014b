// The @pulumi/okta class behind each type token the specs use, and the data-source
// function behind each lookup token. A test checks every class's own token matches.
import * as okta from '@pulumi/okta';
import type * as pulumi from '@pulumi/pulumi';
import { OKTA, OKTA_LOOKUPS, type OktaType } from '../okta-types';

// Each class takes its own args type; tests check the specs' inputs against them.
type ResourceClass = new (
  name: string,
  args: never,
  opts?: pulumi.CustomResourceOptions,
) => pulumi.CustomResource;

export const RESOURCE_CLASSES: Readonly<Record<OktaType, ResourceClass>> = {
  [OKTA.user]: okta.user.User,
  [OKTA.group]: okta.group.Group,
  [OKTA.groupRule]: okta.group.Rule,
  [OKTA.groupMemberships]: okta.GroupMemberships,
  [OKTA.groupRole]: okta.group.Role,
  [OKTA.samlApp]: okta.app.Saml,
  [OKTA.oauthApp]: okta.app.OAuth,
  [OKTA.bookmarkApp]: okta.app.Bookmark,
  [OKTA.appGroupAssignment]: okta.app.GroupAssignment,
  [OKTA.appSignonPolicy]: okta.AppSignonPolicy,
  [OKTA.appSignonPolicyRule]: okta.AppSignonPolicyRule,
  [OKTA.pushGroup]: okta.PushGroup,
  [OKTA.signonPolicy]: okta.policy.Signon,
  [OKTA.signonPolicyRule]: okta.policy.RuleSignon,
  [OKTA.logStream]: okta.LogStream,
  [OKTA.passwordPolicy]: okta.policy.Password,
  [OKTA.passwordPolicyRule]: okta.policy.RulePassword,
  [OKTA.defaultPasswordPolicy]: okta.PolicyPasswordDefault,
  [OKTA.authenticatorPolicy]: okta.policy.Mfa,
  [OKTA.authenticatorPolicyRule]: okta.policy.RuleMfa,
  [OKTA.appAccessPolicyAssignment]: okta.app.AccessPolicyAssignment,
  [OKTA.networkZone]: okta.network.Zone,
  [OKTA.threatInsight]: okta.ThreatInsightSettings,
  [OKTA.behaviour]: okta.Behaviour,
  [OKTA.securityNotificationEmails]: okta.SecurityNotificationEmails,
};

type LookupFunction = (args: never, opts?: pulumi.InvokeOutputOptions) => pulumi.Output<object>;

export const LOOKUP_FUNCTIONS: Readonly<Record<string, LookupFunction>> = {
  [OKTA_LOOKUPS.user]: okta.user.getUserOutput,
  [OKTA_LOOKUPS.app]: okta.app.getAppOutput,
  [OKTA_LOOKUPS.everyoneGroup]: okta.group.getEveryoneGroupOutput,
  [OKTA_LOOKUPS.users]: okta.user.getUsersOutput,
  [OKTA_LOOKUPS.appSignonPolicy]: okta.getAppSignonPolicyOutput,
  [OKTA_LOOKUPS.group]: okta.group.getGroupOutput,
};
