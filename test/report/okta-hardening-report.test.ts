// Okta's hardening guidance, one test per item: an item the stacks implement is met by default
// and becomes a gap, with the reason, when the config weakens it (or is met by declaring the
// resource at all); a manual item says why no resource declares it; every item says where to
// check it in Okta; the README table is this report.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { checkOrg } from '../../lib/policy/check-org';
import { OKTA_HARDENING } from '../../lib/report/controls/okta-hardening';
import { assessHardening, oktaHardeningReport } from '../../lib/report/okta-hardening-report';
import { renderReport } from '../../lib/report/render/render-report';

const ROOT = resolve(__dirname, '..', '..');
const checked = checkOrg(join(ROOT, 'config'), { today: '2026-11-23', display: 'config' });
const model = checked.model!;
const assessed = (m: OrgModel, id: string) =>
  assessHardening(m, checked.sources).find((x) => x.item.id === id)!;
const statusOf = (m: OrgModel, id: string) => {
  const a = assessed(m, id);
  return `${a.status}: ${a.how}`;
};
const guardrails = (patch: (g: OrgModel['guardrails']) => Partial<OrgModel['guardrails']>): OrgModel => ({
  ...model,
  guardrails: { ...model.guardrails, ...patch(model.guardrails) },
});
const network = (n: Partial<OrgModel['guardrails']['network']>) =>
  guardrails((g) => ({ network: { ...g.network, ...n } }));
const signInRisk = (r: Partial<OrgModel['guardrails']['signInRisk']>) =>
  guardrails((g) => ({ signInRisk: { ...g.signInRisk, ...r } }));
const mfa = (m: Partial<OrgModel['guardrails']['mfa']>) => guardrails((g) => ({ mfa: { ...g.mfa, ...m } }));
/** The example org (2 super admins of 5 admins) with SUPER_ADMIN also granted to these groups. */
const superAdmins = (groups: readonly string[]): OrgModel => ({
  ...model,
  oktaAdminRoles: [
    ...model.oktaAdminRoles,
    ...groups.map((group) => ({ group, role: 'SUPER_ADMIN', at: model.oktaAdminRoles[0].at })),
  ],
});
const helpDeskOrgWide: OrgModel = {
  ...model,
  oktaAdminRoles: model.oktaAdminRoles.map((r) =>
    r.role === 'HELP_DESK_ADMIN' ? { group: r.group, role: r.role, at: r.at } : r,
  ),
};
const implicitClient: OrgModel = {
  ...model,
  apps: model.apps.map((a) =>
    a.id === 'datadog' && a.sso.type === 'oidc'
      ? { ...a, sso: { ...a.sso, grantTypes: ['authorization_code' as const, 'implicit' as const] } }
      : a,
  ),
};

/** Each item a weaker config turns into a gap: the controls, the weaker model, the gap. */
const WEAKENED: Record<string, [controls: string, weaker: OrgModel, gap: string]> = {
  'limit-super-admins': [
    'okta-admin-roles',
    superAdmins(['security-auditors']),
    '4 of 5 admins are super admins, more than half',
  ],
  'least-privilege-admins': [
    'okta-admin-roles',
    helpDeskOrgWide,
    'granted org-wide though Okta can limit them to groups: HELP_DESK_ADMIN → okta-helpdesk',
  ],
  'phishing-resistant-admins': [
    'admin-console-policy, okta-authenticator-enrollment',
    mfa({ phishingResistant: ['dashboard'] }),
    'mfa.phishingResistant leaves out admin-console',
  ],
  threatinsight: ['okta-network', network({ threatInsight: 'audit' }), 'network.threatInsight is audit'],
  'block-anonymizers': [
    'okta-network',
    network({ blockAnonymizers: false }),
    'not implemented: okta-network; network.blockAnonymizers is false',
  ],
  'session-mfa': [
    'okta-session-lifetime',
    mfa({ everySession: false }),
    'mfa.everySession is false: everyone’s sessions start on one factor',
  ],
  'behavior-detection': ['okta-sign-in-risk', signInRisk({ behaviors: [] }), 'signInRisk.behaviors is empty'],
  'risk-score': ['okta-sign-in-risk', signInRisk({ highRiskMfa: false }), 'signInRisk.highRiskMfa is false'],
  'oidc-pkce': ['oidc-clients', implicitClient, 'not implemented: oidc-clients'],
  'refresh-token-rotation': ['oidc-clients', implicitClient, 'not implemented: oidc-clients'],
};
/** Items met by declaring the resource at all (nothing in the config weakens them). */
const ALWAYS: Record<string, string> = {
  'mfa-admin-console': 'admin-console-policy',
  'weak-factors': 'okta-authenticator-enrollment',
  'okta-verify': 'okta-authenticator-enrollment',
  'finite-sessions': 'okta-session-lifetime, okta-session-idle',
  'app-authentication-policies': 'app-policies, app-mfa',
  'suspicious-activity-reporting': 'okta-security-notifications',
  'new-sign-on-email': 'okta-security-notifications',
  'authenticator-enrolled-email': 'okta-security-notifications',
  'authenticator-reset-email': 'okta-security-notifications',
  'password-changed-email': 'okta-security-notifications',
};
const MANUAL = ['admin-console-session', 'protected-actions', 'admin-session-binding'];

describe('Okta hardening', () => {
  test('23 items, each once, from HealthInsight, Okta’s admin account practices and its OAuth 2.0 guidance', () => {
    expect(new Set(OKTA_HARDENING.map((i) => i.id)).size).toBe(23);
    expect(OKTA_HARDENING.filter((i) => i.source === 'HealthInsight')).toHaveLength(15);
    expect(OKTA_HARDENING.filter((i) => i.source === 'Admin accounts')).toHaveLength(6);
    expect(OKTA_HARDENING.filter((i) => i.source === 'OAuth 2.0')).toHaveLength(2);
    for (const i of OKTA_HARDENING)
      expect([i.id, i.source === 'HealthInsight', i.impact !== undefined]).toEqual([
        i.id,
        i.source === 'HealthInsight',
        i.source === 'HealthInsight',
      ]);
  });

  test('by default: 20 met, 3 manual, no gap', () => {
    expect(oktaHardeningReport(model, checked.sources).summary[0]).toBe(
      '20 met, 0 gaps, 3 manual (23 items)',
    );
  });

  test.each(Object.entries(WEAKENED))(
    '%s: met by default, a gap when the config weakens it',
    (id, [controls, weaker, gap]) => {
      expect(statusOf(model, id).split(': ')[0]).toBe('met');
      expect(statusOf(model, id)).toMatch(new RegExp(`^met: control ${controls}(: |$)`));
      expect(statusOf(weaker, id)).toBe(`gap: ${gap}`);
    },
  );

  test.each(Object.entries(ALWAYS))('%s: met by what the security stack declares (%s)', (id, controls) => {
    expect(statusOf(model, id)).toMatch(new RegExp(`^met: control ${controls}(: |$)`));
  });

  test.each(MANUAL)('%s: manual, saying why no @pulumi/okta resource declares it', (id) => {
    const a = assessed(model, id);
    expect(a.status).toBe('manual');
    expect(a.how).toMatch(/@pulumi\/okta 7\.0\.0/);
  });

  test('more than 15 super admins is a gap even when they are fewer than half of all admins', () => {
    const people = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...model.groups[0].members[0], person: `${prefix}-${i}` }));
    const group = (id: string, n: number) => ({ ...model.groups[0], id, members: people(id, n) });
    const many: OrgModel = {
      ...model,
      groups: [group('supers', 16), group('readers', 40)],
      oktaAdminRoles: [
        { group: 'supers', role: 'SUPER_ADMIN', at: model.oktaAdminRoles[0].at },
        { group: 'readers', role: 'READ_ONLY_ADMIN', at: model.oktaAdminRoles[0].at },
      ],
    };
    expect(statusOf(many, 'limit-super-admins')).toBe('gap: 16 super admins, more than 15');
  });

  test('every item is tested above, and every item says where to check it in Okta', () => {
    const covered = new Set([...Object.keys(WEAKENED), ...Object.keys(ALWAYS), ...MANUAL]);
    expect(OKTA_HARDENING.map((i) => i.id).filter((id) => !covered.has(id))).toEqual([]);
    for (const i of OKTA_HARDENING) expect([i.id, i.check.length > 20]).toEqual([i.id, true]);
  });

  test('the README shows this report’s table, byte for byte', () => {
    const report = oktaHardeningReport(model, checked.sources);
    const markdown = renderReport(report, 'markdown');
    const table = markdown.slice(markdown.indexOf('| Item |')).trimEnd();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- okta-hardening:start -->');
    const end = readme.indexOf('<!-- okta-hardening:end -->');
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(start, end).split('\n');
    expect(block.filter((l) => l.startsWith('|')).join('\n')).toBe(table);
    expect(block.filter((l) => l.startsWith('- '))).toEqual([`- ${report.summary[0]}`]);
  });
});
