// Okta's own hardening guidance for a workforce org, item by item, and how the blueprint stands
// against each. The items are Okta's published recommendations:
// - `HealthInsight`: the security tasks Okta's HealthInsight checks an org against (Okta help,
//   "HealthInsight tasks and recommendations", each task's page with its security impact);
// - `Admin accounts`: Okta's "Best Practices for Securing Okta Workforce Identity Cloud Admin
//   Accounts" (support.okta.com) and "Protecting Administrative Sessions in Okta" (sec.okta.com);
// - `OAuth 2.0`: Okta's developer guidance for OIDC clients (authorization code with PKCE,
//   refresh token rotation).
// Each item is `blueprint` (met by controls the security stack declares and tests, when the
// configured values are the recommended ones; `holds` says why not) or `manual` (@pulumi/okta
// 7.0.0 has no resource for it: done and checked by hand). Every item says how to check it in
// the Admin Console. Titles paraphrase Okta's task names.
import type { OrgModel } from '../../model/org-model';
import { GROUP_SCOPED_ADMIN_ROLES } from '../../model/schema/privileged';

export type HardeningSource = 'HealthInsight' | 'Admin accounts' | 'OAuth 2.0';

interface HardeningBase {
  /** Stable slug. */
  readonly id: string;
  readonly source: HardeningSource;
  /** Okta's security impact for a HealthInsight task. */
  readonly impact?: 'critical' | 'high' | 'moderate';
  readonly title: string;
  /** Where in the Admin Console an auditor sees it. */
  readonly check: string;
}

export type HardeningItem = HardeningBase &
  (
    | {
        readonly kind: 'blueprint';
        /** The controls (okta-controls.ts, identity-controls.ts) that implement it. */
        readonly controls: readonly string[];
        /** Why the configured values fall short; undefined when they meet it. */
        holds(model: OrgModel): string | undefined;
        readonly note?: string;
      }
    | { readonly kind: 'manual'; readonly why: string }
  );

const unless = (ok: boolean, why: string) => (ok ? undefined : why);

/** People who hold a role through their groups (current members only). */
function holders(model: OrgModel, roles: (role: string) => boolean): Set<string> {
  const groups = new Set(model.oktaAdminRoles.filter((r) => roles(r.role)).map((r) => r.group));
  return new Set(model.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.members.map((m) => m.person)));
}

/** Okta's limit: at most 15 super admins, and at most half of all admins. */
export const MAX_SUPER_ADMINS = 15;

function superAdmins(model: OrgModel): string | undefined {
  const supers = holders(model, (r) => r === 'SUPER_ADMIN').size;
  const admins = holders(model, () => true).size;
  if (supers > MAX_SUPER_ADMINS) return `${supers} super admins, more than ${MAX_SUPER_ADMINS}`;
  if (admins > 0 && supers * 2 > admins)
    return `${supers} of ${admins} admins are super admins, more than half`;
  return undefined;
}

function orgWideScopable(model: OrgModel): string | undefined {
  const wide = model.oktaAdminRoles.filter(
    (r) => (GROUP_SCOPED_ADMIN_ROLES as readonly string[]).includes(r.role) && !r.targetGroups,
  );
  return wide.length === 0
    ? undefined
    : `granted org-wide though Okta can limit them to groups: ${wide.map((r) => `${r.role} → ${r.group}`).join(', ')}`;
}

const SESSION_CHECK =
  'Security > Global Session Policy: the policies "org-blueprint: admins" and "org-blueprint: everyone" rank above Default Policy';
const NOTIFICATIONS_CHECK = 'Security > General > Security Notification Emails';
const ADMIN_CONSOLE_APP = 'Applications > Applications > Okta Admin Console';

export const OKTA_HARDENING: readonly HardeningItem[] = [
  {
    id: 'mfa-admin-console',
    source: 'HealthInsight',
    impact: 'critical',
    title: 'Enable MFA for the Admin Console',
    kind: 'blueprint',
    controls: ['admin-console-policy'],
    holds: () => undefined,
    check: `${ADMIN_CONSOLE_APP} > Sign On: the top rule "org-blueprint: Okta administrators" asks for 2 factors`,
  },
  {
    id: 'limit-super-admins',
    source: 'HealthInsight',
    impact: 'critical',
    title: 'Limit the number of super admins (at most 15, and at most half of all admins)',
    kind: 'blueprint',
    controls: ['okta-admin-roles'],
    holds: superAdmins,
    check:
      'Security > Administrators, filtered to Super Administrator: only the members of the groups privileged.yaml grants SUPER_ADMIN',
  },
  {
    id: 'least-privilege-admins',
    source: 'Admin accounts',
    title:
      'Give other admins only the permissions their job needs: standard roles limited to target groups, or custom roles on resource sets',
    kind: 'blueprint',
    controls: ['okta-admin-roles'],
    holds: orgWideScopable,
    note: 'HELP_DESK_ADMIN, USER_ADMIN and GROUP_MEMBERSHIP_ADMIN administer only the target groups privileged.yaml lists',
    check:
      'Security > Administrators > Roles: each help desk, user or group membership admin assignment lists its groups under Resources',
  },
  {
    id: 'phishing-resistant-admins',
    source: 'Admin accounts',
    title: 'Enforce phishing-resistant MFA (Okta FastPass, FIDO2/WebAuthn) for admins and the Admin Console',
    kind: 'blueprint',
    controls: ['admin-console-policy', 'okta-authenticator-enrollment'],
    holds: (m) =>
      unless(
        m.guardrails.mfa.phishingResistant.includes('admin-console'),
        'mfa.phishingResistant leaves out admin-console',
      ),
    check: `${ADMIN_CONSOLE_APP} > Sign On: the top rule's possession factor is phishing resistant; Security > Authenticators > Enrollment: admins must enroll FIDO2 (WebAuthn)`,
  },
  {
    id: 'threatinsight',
    source: 'HealthInsight',
    impact: 'critical',
    title: 'Enable Okta ThreatInsight to block suspicious IP addresses',
    kind: 'blueprint',
    controls: ['okta-network'],
    holds: (m) =>
      unless(
        m.guardrails.network.threatInsight === 'block',
        `network.threatInsight is ${m.guardrails.network.threatInsight}`,
      ),
    check:
      'Security > General > Okta ThreatInsight settings: "Log and enforce security based on threat level"',
  },
  {
    id: 'block-anonymizers',
    source: 'HealthInsight',
    impact: 'moderate',
    title: 'Blocklist proxies with high sign-in failure rates (a dynamic zone blocking Tor anonymizers)',
    kind: 'blueprint',
    controls: ['okta-network'],
    holds: (m) => unless(m.guardrails.network.blockAnonymizers, 'network.blockAnonymizers is false'),
    check:
      'Security > Networks: "org-blueprint: anonymizers (blocked)", a dynamic zone of Tor anonymizer proxies, Blocklist',
  },
  {
    id: 'weak-factors',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Disable weak MFA factors (phone, security questions) in the enrollment policies',
    kind: 'blueprint',
    controls: ['okta-authenticator-enrollment'],
    holds: () => undefined,
    check: 'Security > Authenticators > Enrollment: every policy has Phone and Security Question disabled',
  },
  {
    id: 'okta-verify',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable Okta Verify for MFA',
    kind: 'blueprint',
    controls: ['okta-authenticator-enrollment'],
    holds: () => undefined,
    check: 'Security > Authenticators > Enrollment: "org-blueprint: everyone" requires Okta Verify',
  },
  {
    id: 'finite-sessions',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enforce a finite session lifetime on every global session policy, and no persistent sessions',
    kind: 'blueprint',
    controls: ['okta-session-lifetime', 'okta-session-idle'],
    holds: () => undefined,
    note: 'by global session policies for admins and for the Everyone group, ranked above Okta’s Default Policy, whose Default Rule no user reaches (the provider refuses to manage it: “Default Rule is immutable”)',
    check: `${SESSION_CHECK}; each rule has a maximum session lifetime and idle time, and "Okta global session cookies persist across browser sessions" off`,
  },
  {
    id: 'session-mfa',
    source: 'HealthInsight',
    impact: 'moderate',
    title:
      'MFA requirements: global session rules require MFA, and a rule on a behaviour prompts at every sign-in, never per device cookie',
    kind: 'blueprint',
    controls: ['okta-session-lifetime'],
    holds: (m) =>
      unless(
        m.guardrails.mfa.everySession,
        'mfa.everySession is false: everyone’s sessions start on one factor',
      ),
    check: `${SESSION_CHECK}; "org-blueprint: admins" prompts for MFA at every sign-in, "org-blueprint: everyone" once per session`,
  },
  {
    id: 'behavior-detection',
    source: 'HealthInsight',
    impact: 'moderate',
    title:
      'Behavior detection: a sign-in from a new country, device or IP, or impossible travel, prompts for MFA at every such sign-in',
    kind: 'blueprint',
    controls: ['okta-sign-in-risk'],
    holds: (m) => unless(m.guardrails.signInRisk.behaviors.length > 0, 'signInRisk.behaviors is empty'),
    check:
      'Security > Behavior Detection: the "org-blueprint: …" behaviours are Active; Security > Global Session Policy > org-blueprint: everyone: the rule "org-blueprint: everyone, unusual sign-in" prompts for MFA at every sign-in',
  },
  {
    id: 'risk-score',
    source: 'HealthInsight',
    impact: 'moderate',
    title: 'Evaluate a risk score for each request: a high-risk sign-in gives MFA every time',
    kind: 'blueprint',
    controls: ['okta-sign-in-risk'],
    holds: (m) => unless(m.guardrails.signInRisk.highRiskMfa, 'signInRisk.highRiskMfa is false'),
    check:
      'Security > Global Session Policy > org-blueprint: everyone: the top rule "org-blueprint: everyone, high risk" (Risk is High) prompts for MFA at every sign-in',
  },
  {
    id: 'app-authentication-policies',
    source: 'Admin accounts',
    title:
      'Every app has a managed authentication policy; MFA apps ask for a device-bound possession factor, never any two factors',
    kind: 'blueprint',
    controls: ['app-policies', 'app-mfa'],
    holds: () => undefined,
    check:
      'Security > Authentication Policies: every app is assigned one of the "org-blueprint: …" policies; the MFA policies’ rules constrain the possession factor to device-bound (or phishing resistant)',
  },
  {
    id: 'suspicious-activity-reporting',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable suspicious activity reporting',
    kind: 'blueprint',
    controls: ['okta-security-notifications'],
    holds: () => undefined,
    check: `${NOTIFICATIONS_CHECK}: Report suspicious activity via email is Enabled`,
  },
  {
    id: 'new-sign-on-email',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable new sign-on notification emails',
    kind: 'blueprint',
    controls: ['okta-security-notifications'],
    holds: () => undefined,
    check: `${NOTIFICATIONS_CHECK}: New sign-on notification email is Enabled`,
  },
  {
    id: 'authenticator-enrolled-email',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable authenticator (factor) enrollment notification emails',
    kind: 'blueprint',
    controls: ['okta-security-notifications'],
    holds: () => undefined,
    check: `${NOTIFICATIONS_CHECK}: Authenticator enrolled notification email is Enabled`,
  },
  {
    id: 'authenticator-reset-email',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable authenticator (factor) reset notification emails',
    kind: 'blueprint',
    controls: ['okta-security-notifications'],
    holds: () => undefined,
    check: `${NOTIFICATIONS_CHECK}: Authenticator reset notification email is Enabled`,
  },
  {
    id: 'password-changed-email',
    source: 'HealthInsight',
    impact: 'high',
    title: 'Enable password changed notification emails',
    kind: 'blueprint',
    controls: ['okta-security-notifications'],
    holds: () => undefined,
    check: `${NOTIFICATIONS_CHECK}: Password changed notification email is Enabled`,
  },
  {
    id: 'oidc-pkce',
    source: 'OAuth 2.0',
    title: 'OIDC clients use the authorization code flow with PKCE (web clients too), not the implicit flow',
    kind: 'blueprint',
    controls: ['oidc-clients'],
    holds: () => undefined,
    check:
      'Applications > each OIDC app > General > Client Credentials: "Require PKCE as additional verification" checked; Grant type: Implicit unchecked',
  },
  {
    id: 'refresh-token-rotation',
    source: 'OAuth 2.0',
    title: 'Refresh tokens rotate at every use (no static refresh tokens)',
    kind: 'blueprint',
    controls: ['oidc-clients'],
    holds: () => undefined,
    check:
      'Applications > each OIDC app with the Refresh Token grant > General: Refresh token behavior is "Rotate token after every use"',
  },
  {
    id: 'admin-console-session',
    source: 'Admin accounts',
    title: 'Admin Console app session: at most 12 hours, ended after 15 minutes idle',
    kind: 'manual',
    why: 'the Admin Console’s app session is a first-party app setting (/api/v1/first-party-app-settings/admin-console), which @pulumi/okta 7.0.0 has no resource for; Okta’s defaults since January 2024 are these values',
    check: `${ADMIN_CONSOLE_APP} > Sign On > Okta Admin Console session: maximum app session lifetime at most 12 hours, idle time 15 minutes`,
  },
  {
    id: 'protected-actions',
    source: 'Admin accounts',
    title: 'Protected actions: admins re-authenticate for critical tasks in the Admin Console',
    kind: 'manual',
    why: 'protected actions are an Admin Console app setting with no @pulumi/okta 7.0.0 resource',
    check: `${ADMIN_CONSOLE_APP} > Protected actions: every action selected, "Authentication required every" as short as the admins tolerate`,
  },
  {
    id: 'admin-session-binding',
    source: 'Admin accounts',
    title: 'Bind admin sessions to the network: ASN binding (on by default) and IP binding',
    kind: 'manual',
    why: 'ASN binding is on by default for the Admin Console (Okta, October 2023); IP binding for admin sessions is an org security setting with no @pulumi/okta 7.0.0 resource',
    check: 'Security > General > Organization Security: "IP binding for admin console" is Enabled',
  },
];
