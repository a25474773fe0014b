// Which SSO app is AWS IAM Identity Center: a SAML app whose ACS URL is Identity Center's
// (`https://<region>.signin.aws.amazon.com/platform/saml/acs/...`). Groups with AWS grants
// are assigned and pushed to it, so Identity Center knows them and their members.
import type { App, Grant, Group, Side } from '../../model/org-model';

const ACS = /^https:\/\/(?:[a-z0-9-]+\.)?signin\.aws\.amazon\.com\/platform\/saml\/acs\//;

export function identityCenterApps(apps: readonly App[]): App[] {
  return apps.filter((a) => a.sso.type === 'saml' && ACS.test(a.sso.ssoUrl));
}

/** Groups of `side` that hold an AWS grant, sorted by id. */
export function groupsWithAwsAccess(groups: readonly Group[], grants: readonly Grant[], side: Side): Group[] {
  const granted = new Set(grants.map((g) => g.group));
  return groups.filter((g) => g.side === side && granted.has(g.id));
}
