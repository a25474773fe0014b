// Which SSO app is AWS IAM Identity Center: a SAML app whose ACS URL is Identity Center's
// (`https://<region>.signin.aws.amazon.com/platform/saml/acs/...`). Groups with AWS grants
// reach it: assigned to it (SAML sign-in), and, once its SCIM provisioning is set up
// (`provisioning: scim` on the app), pushed to it, so Identity Center knows them and their
// members. Okta does not support one group for both assignment and Group Push, and pushes only
// members the app is assigned to, so each side then assigns the app to one group of its own
// holding everyone its pushed groups hold, and pushes the groups themselves.
import type { App, Grant, Group, Side } from '../../model/org-model';

/** AWS's sign-in hosts in each partition (aws, aws-us-gov, aws-cn), with or without a region. */
const SIGNIN_HOST = /^(?:[a-z0-9-]+\.)?signin\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/;

/**
 * Whether a URL reaches Identity Center's ACS, read as a browser and AWS read it rather than as
 * text: a hostname ignores case and may end in a dot, 443 is https's own port, and a path
 * may be percent-encoded or doubled slashes. Read broadly on purpose: an app taken for Identity
 * Center needs Security to change it.
 */
export function isIdentityCenterAcs(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: compare the path as written
  }
  return (
    SIGNIN_HOST.test(parsed.hostname.replace(/\.$/, '')) &&
    path
      .replace(/\/{2,}/g, '/')
      .toLowerCase()
      .startsWith('/platform/saml/acs/')
  );
}

export function identityCenterApps(apps: readonly App[]): App[] {
  return apps.filter((a) => a.sso.type === 'saml' && isIdentityCenterAcs(a.sso.ssoUrl));
}

/** Identity Center apps whose SCIM provisioning is set up: only they can take Group Push. */
export function provisionedIdentityCenterApps(apps: readonly App[]): App[] {
  return identityCenterApps(apps).filter((a) => a.provisioning === 'scim');
}

/** Groups of `side` that hold an AWS grant, sorted by id. */
export function groupsWithAwsAccess(groups: readonly Group[], grants: readonly Grant[], side: Side): Group[] {
  const granted = new Set(grants.map((g) => g.group));
  return groups.filter((g) => g.side === side && granted.has(g.id));
}

/** The config-id-like key of the group `side` assigns a provisioned app to (a dot: no config id has one). */
export const assignmentGroupId = (app: App) => `${app.id}.assigned`;

/**
 * Per provisioned Identity Center app, the group `side` assigns it to: an explicit group of
 * everyone the side's pushed groups hold today (rule-based groups as their rule selects now).
 */
export function identityCenterAssignmentGroups(
  apps: readonly App[],
  groups: readonly Group[],
  grants: readonly Grant[],
  side: Side,
): Group[] {
  const pushed = groupsWithAwsAccess(groups, grants, side);
  if (pushed.length === 0) return [];
  const members = [...new Set(pushed.flatMap((g) => g.members.map((m) => m.person)))].sort();
  return provisionedIdentityCenterApps(apps).map((app) => ({
    id: assignmentGroupId(app),
    name: `${app.name}: assigned (${side === 'it' ? 'IT' : 'Security'})`,
    description: `Everyone in ${pushed.map((g) => g.id).join(', ')}: assigned ${app.name}, so Group Push finds them provisioned (maintained by org-blueprint).`,
    side,
    privileged: false,
    owner: app.owner,
    kind: 'explicit',
    members: members.map((person) => ({ person, via: 'explicit' })),
    expired: [],
    at: app.at,
  }));
}
