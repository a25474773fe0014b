// Okta sign-in: global sessions, the password and lockout policy, authenticator enrollment,
// behaviour detection and risk scoring, security notification emails, OIDC clients, every
// app's authentication policy, and Okta's own Admin Console and Dashboard. Each control
// names the Okta IDaaS STIG (V1R1) rules it serves; okta-stig.ts says, per rule, whether the
// configured values meet it. Implemented means declared in the security stack and tested;
// what @pulumi/okta cannot declare is `manual`.
import type { OrgModel } from '../../model/org-model';
import { appPolicyOf } from '../../okta/specs/app-policies';
import { plural } from '../report';
import { type Control, guardedBy } from './control';

const AREA = 'Okta sign-in';

const adminGroups = (model: OrgModel) => new Set(model.oktaAdminRoles.map((r) => r.group)).size;

export const OKTA_CONTROLS: readonly Control[] = [
  {
    id: 'okta-session-idle',
    area: AREA,
    title: 'Every Okta session, admins’ and everyone’s, ends after the idle timeout, whatever its lifetime',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    stig: ['V-273186'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('guardrails', 'sessions', 'idle'),
      resource: 'okta:policy/ruleSignon:RuleSignon (sessionIdle)',
      notes: `idle timeout ${model.guardrails.sessions.idle}`,
    }),
  },
  {
    id: 'okta-session-lifetime',
    area: AREA,
    title: 'Okta sessions re-authenticate after a bounded lifetime, shorter for administrators',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    stig: ['V-273203'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('guardrails', 'sessions', 'default'),
      resource: 'okta:policy/signon:Signon + okta:policy/ruleSignon:RuleSignon (sessionLifetime)',
      notes: `everyone ${model.guardrails.sessions.default}${model.guardrails.mfa.everySession ? ' with MFA once per session' : ''}, administrators ${model.guardrails.sessions.adminConsole} with MFA at every sign-on`,
    }),
  },
  {
    id: 'okta-password-policy',
    area: AREA,
    title: 'Passwords are long, mixed, not common, not reused, and expire; on every password policy',
    soc2: ['CC6.1'],
    iso27001: ['A.5.17'],
    cis: [],
    stig: [
      'V-273195',
      'V-273196',
      'V-273197',
      'V-273198',
      'V-273199',
      'V-273200',
      'V-273201',
      'V-273208',
      'V-273209',
    ],
    assess: ({ model, line }) => {
      const p = model.guardrails.passwords;
      return {
        implemented: true,
        config: line('guardrails', 'passwords'),
        resource:
          'okta:policy/password:Password + okta:policy/rulePassword:RulePassword, okta:index/policyPasswordDefault:PolicyPasswordDefault',
        notes: `at least ${p.minLength} characters (${p.require.join(', ') || 'no classes'}), ${p.rejectCommon ? 'common passwords rejected' : 'common passwords allowed'}, last ${p.history} not reused, ages ${p.minAge} to ${p.maxAge}`,
      };
    },
  },
  {
    id: 'okta-lockout',
    area: AREA,
    title: 'Accounts lock after a few failed sign-ins and do not unlock themselves',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    stig: ['V-273189'],
    assess: ({ model, line }) => {
      const p = model.guardrails.passwords;
      return {
        implemented: true,
        config: line('guardrails', 'passwords', 'lockoutAttempts'),
        resource:
          'okta:policy/password:Password (passwordMaxLockoutAttempts), okta:policy/rulePassword:RulePassword',
        notes: `locked after ${plural(p.lockoutAttempts, 'failed attempt')}; ${p.autoUnlock ? `unlocked after ${p.autoUnlock}` : 'an admin unlocks'}; no self-service unlock`,
      };
    },
  },
  {
    id: 'okta-authenticator-enrollment',
    area: AREA,
    title: 'Administrators enroll FIDO2/WebAuthn, everyone Okta Verify; nobody phone or security questions',
    soc2: ['CC6.1'],
    iso27001: ['A.5.17', 'A.8.5'],
    cis: [],
    stig: [],
    assess: ({ model, file }) => ({
      implemented: true,
      config: file('privileged'),
      resource: 'okta:policy/mfa:Mfa + okta:policy/ruleMfa:RuleMfa',
      notes: `${plural(adminGroups(model), 'admin group')} on the FIDO2 policy, everyone else on Okta Verify`,
    }),
  },
  {
    id: 'okta-network',
    area: AREA,
    title: 'ThreatInsight acts on sign-ins from suspicious IPs, and anonymizing proxies are blocked',
    soc2: ['CC6.6'],
    iso27001: ['A.8.20'],
    cis: [],
    stig: [],
    assess: ({ model, line }) => {
      const n = model.guardrails.network;
      return {
        implemented: n.threatInsight !== 'none' && n.blockAnonymizers,
        config: line('guardrails', 'network'),
        resource: 'okta:index/threatInsightSettings:ThreatInsightSettings, okta:network/zone:Zone',
        notes: `ThreatInsight ${n.threatInsight}; anonymizers ${n.blockAnonymizers ? 'blocked' : 'allowed'}; ${plural(n.zones.length, 'zone')} configured`,
      };
    },
  },
  {
    id: 'okta-sign-in-risk',
    area: AREA,
    title:
      'A sign-in Okta finds unusual (new country, device or IP, impossible travel) or rates high risk gives MFA at that sign-in',
    soc2: ['CC6.1', 'CC7.2'],
    iso27001: ['A.8.5', 'A.8.16'],
    cis: [],
    stig: [],
    assess: ({ model, line }) => {
      const r = model.guardrails.signInRisk;
      return {
        implemented: r.behaviors.length > 0 || r.highRiskMfa,
        config: line('guardrails', 'signInRisk'),
        resource:
          'okta:index/behaviour:Behaviour, okta:policy/ruleSignon:RuleSignon (behaviors, riskLevel HIGH; MFA at every such sign-in)',
        notes: `${r.behaviors.length > 0 ? `behaviours ${[...r.behaviors].sort().join(', ')} against the last ${plural(r.recentSignIns, 'sign-in')}` : 'no behaviours'}; ${r.highRiskMfa ? 'high-risk sign-ins give MFA' : 'risk scoring not used'}`,
      };
    },
  },
  {
    id: 'okta-security-notifications',
    area: AREA,
    title:
      'People are emailed about a new sign-on, an authenticator enrolled or reset and a password change, and can report it as suspicious',
    soc2: ['CC7.2', 'CC7.3'],
    iso27001: ['A.6.8', 'A.8.16'],
    cis: [],
    stig: [],
    assess: ({ file }) => ({
      implemented: true,
      config: file('guardrails'),
      resource: 'okta:index/securityNotificationEmails:SecurityNotificationEmails',
      notes: 'all five notification emails on, with suspicious activity reporting (not configurable)',
    }),
  },
  {
    id: 'oidc-clients',
    area: AREA,
    title:
      'OIDC clients use the authorization code flow with PKCE, and their refresh tokens rotate at every use',
    soc2: ['CC6.1', 'CC6.7'],
    iso27001: ['A.5.17', 'A.8.5'],
    cis: [],
    stig: [],
    assess: (ctx) => {
      const { model } = ctx;
      const oidc = model.apps.filter((a) => a.sso.type === 'oidc');
      const implicit = oidc.filter((a) => a.sso.type === 'oidc' && a.sso.grantTypes.includes('implicit'));
      const refresh = oidc.filter((a) => a.sso.type === 'oidc' && a.sso.grantTypes.includes('refresh_token'));
      const guarded = guardedBy(ctx, 'oidc-implicit-grant', {
        config: oidc.length > 0 ? ctx.line('guardrails', 'oidc', 'refreshTokenLeeway') : ctx.file('apps'),
        resource: `okta:app/oAuth:OAuth (${oidc.length}: pkceRequired, refreshTokenRotation ROTATE)`,
        notes: `${plural(oidc.length, 'OIDC client')} with PKCE, ${refresh.length} with rotating refresh tokens (leeway ${model.guardrails.oidc.refreshTokenLeeway})`,
      });
      return implicit.length === 0
        ? guarded
        : {
            ...guarded,
            implemented: false,
            notes: `the implicit grant (tokens in the URL, no PKCE) is declared by ${implicit.map((a) => a.id).join(', ')}`,
          };
    },
  },
  {
    id: 'app-policies',
    area: AREA,
    title:
      'Every app has a managed authentication policy: none falls to Okta’s default, MFA never accepts any two factors, AWS sign-in is phishing-resistant',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    stig: [],
    assess: ({ model, line }) => {
      const by = (id: string) => model.apps.filter((a) => appPolicyOf(a, model) === id).length;
      return {
        implemented: true,
        config: line('guardrails', 'mfa', 'requiredFromRisk'),
        resource:
          'okta:index/appSignonPolicy:AppSignonPolicy + okta:index/appSignonPolicyRule:AppSignonPolicyRule, okta:app/accessPolicyAssignment:AccessPolicyAssignment (' +
          `${model.apps.length})`,
        notes: `${by('aws-sign-in')} phishing-resistant (AWS sign-in), ${by('mfa')} MFA with a device-bound factor, ${by('default')} one factor`,
      };
    },
  },
  {
    id: 'admin-console-policy',
    area: AREA,
    title:
      'The Okta Admin Console’s top authentication rule asks for two factors, phishing-resistant, and re-authenticates after the admin lifetime and the idle timeout',
    soc2: ['CC6.1'],
    iso27001: ['A.8.2', 'A.8.5'],
    cis: [],
    stig: ['V-273191', 'V-273193'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('guardrails', 'mfa', 'phishingResistant'),
      resource:
        'okta:index/appSignonPolicyRule:AppSignonPolicyRule (priority 1 in the policy okta:index/getAppSignonPolicy:getAppSignonPolicy finds)',
      notes: `${model.guardrails.mfa.phishingResistant.includes('admin-console') ? 'phishing-resistant' : 'device-bound'} second factor, re-authentication after ${model.guardrails.sessions.adminConsole} and ${model.guardrails.sessions.idle} idle`,
    }),
  },
  {
    id: 'admin-console-app-session',
    area: AREA,
    title: 'The Okta Admin Console’s own app session ends after 15 minutes idle',
    soc2: ['CC6.1'],
    iso27001: ['A.8.2'],
    cis: [],
    stig: ['V-273187'],
    assess: ({ file }) => ({
      implemented: false,
      manual: true,
      config: file('guardrails'),
      resource: 'none: @pulumi/okta 7.0.0 has no resource for Okta’s first-party app settings',
      notes:
        'set by hand: Applications > Okta Admin Console > Sign On > Okta Admin Console session, Maximum app session idle time 15 minutes (API: PUT /api/v1/first-party-app-settings/admin-console, sessionIdleTimeoutMinutes)',
    }),
  },
  {
    id: 'dashboard-policy',
    area: AREA,
    title: 'The Okta Dashboard’s top authentication rule asks for two factors, phishing-resistant',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    stig: ['V-273190', 'V-273194'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('guardrails', 'mfa', 'phishingResistant'),
      resource:
        'okta:index/appSignonPolicyRule:AppSignonPolicyRule (priority 1 in the policy okta:index/getAppSignonPolicy:getAppSignonPolicy finds)',
      notes: `${model.guardrails.mfa.phishingResistant.includes('dashboard') ? 'phishing-resistant' : 'device-bound'} second factor, re-authentication after ${model.guardrails.sessions.default} and ${model.guardrails.sessions.idle} idle`,
    }),
  },
];
