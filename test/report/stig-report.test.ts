// The Okta IDaaS STIG V1R1, one test per rule: a rule the security stack implements is met by
// default and becomes a gap, with the reason, when the config weakens it; a manual rule says
// why no resource declares it and how to check it by hand; the README table is this report.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { checkOrg } from '../../lib/policy/check-org';
import { OKTA_STIG } from '../../lib/report/controls/okta-stig';
import { renderReport } from '../../lib/report/render/render-report';
import { assessStig, stigReport } from '../../lib/report/stig-report';

const ROOT = resolve(__dirname, '..', '..');
const checked = checkOrg(join(ROOT, 'config'), { today: '2026-11-23', display: 'config' });
const model = checked.model!;
const statusOf = (m: OrgModel, id: string) => {
  const a = assessStig(m, checked.sources).find((x) => x.rule.id === id)!;
  return `${a.status}: ${a.how}`;
};
const guardrails = (patch: (g: OrgModel['guardrails']) => Partial<OrgModel['guardrails']>): OrgModel => ({
  ...model,
  guardrails: { ...model.guardrails, ...patch(model.guardrails) },
});
const sessions = (s: Partial<OrgModel['guardrails']['sessions']>) =>
  guardrails((g) => ({ sessions: { ...g.sessions, ...s } }));
const passwords = (p: Partial<OrgModel['guardrails']['passwords']>) =>
  guardrails((g) => ({ passwords: { ...g.passwords, ...p } }));
const phishingResistant = (list: OrgModel['guardrails']['mfa']['phishingResistant']) =>
  guardrails((g) => ({ mfa: { ...g.mfa, phishingResistant: list } }));

/** Each rule the blueprint implements: the control, and a weaker config with the gap it shows. */
const WEAKENED: Record<string, [control: string, weaker: OrgModel, gap: string]> = {
  'V-273186': ['okta-session-idle', sessions({ idle: 'PT30M' }), 'sessions.idle is PT30M'],
  'V-273189': ['okta-lockout', passwords({ lockoutAttempts: 5 }), 'passwords.lockoutAttempts is 5'],
  'V-273190': [
    'dashboard-policy',
    phishingResistant(['admin-console']),
    'mfa.phishingResistant leaves out dashboard',
  ],
  'V-273191': [
    'admin-console-policy',
    phishingResistant(['dashboard']),
    'mfa.phishingResistant leaves out admin-console',
  ],
  'V-273195': ['okta-password-policy', passwords({ minLength: 12 }), 'passwords.minLength is 12'],
  'V-273196': [
    'okta-password-policy',
    passwords({ require: ['lowercase'] }),
    'passwords.require leaves out uppercase',
  ],
  'V-273197': [
    'okta-password-policy',
    passwords({ require: ['uppercase'] }),
    'passwords.require leaves out lowercase',
  ],
  'V-273198': [
    'okta-password-policy',
    passwords({ require: ['symbol'] }),
    'passwords.require leaves out number',
  ],
  'V-273199': [
    'okta-password-policy',
    passwords({ require: ['number'] }),
    'passwords.require leaves out symbol',
  ],
  'V-273200': ['okta-password-policy', passwords({ minAge: 'PT1H' }), 'passwords.minAge is PT1H'],
  'V-273201': ['okta-password-policy', passwords({ maxAge: 'P90D' }), 'passwords.maxAge is P90D'],
  'V-273202': [
    'okta-log-stream',
    { ...model, logging: { ...model.logging, oktaLogStream: undefined } },
    'not implemented: okta-log-stream; no oktaLogStream in logging.yaml',
  ],
  'V-273203': [
    'okta-session-lifetime',
    sessions({ default: 'P1D' }),
    'a global session lives longer than PT18H (sessions.default P1D, sessions.adminConsole PT1H)',
  ],
  'V-273208': ['okta-password-policy', passwords({ rejectCommon: false }), 'passwords.rejectCommon is false'],
  'V-273209': ['okta-password-policy', passwords({ history: 4 }), 'passwords.history is 4'],
};
/** Rules met by declaring a rule at all: two factors in the Admin Console's and Dashboard's policies. */
const ALWAYS: Record<string, string> = { 'V-273193': 'admin-console-policy', 'V-273194': 'dashboard-policy' };

describe('Okta IDaaS STIG V1R1', () => {
  test('all 24 rules, V-273186 to V-273209, each once', () => {
    expect(OKTA_STIG.map((r) => r.id)).toEqual(Array.from({ length: 24 }, (_, i) => `V-${273186 + i}`));
  });

  test('by default: 17 met, 6 manual, 1 not applicable, no gap', () => {
    expect(stigReport(model, checked.sources).summary[0]).toBe(
      '17 met, 0 gaps, 6 manual, 1 not applicable (24 rules)',
    );
  });

  test.each(Object.entries(WEAKENED))(
    '%s: met by default, a gap when the config weakens it',
    (id, [control, weaker, gap]) => {
      expect(statusOf(model, id).split(', by ')[0]).toBe(`met: control ${control}`);
      expect(statusOf(weaker, id)).toBe(`gap: ${gap}`);
    },
  );

  test.each(Object.entries(ALWAYS))('%s: met by the managed top rule of %s', (id, control) => {
    expect(statusOf(model, id)).toBe(`met: control ${control}`);
  });

  test.each(OKTA_STIG.filter((r) => r.kind === 'manual').map((r) => [r.id, r]))(
    '%s: manual, saying why no resource declares it and how to check it',
    (id) => {
      const a = assessStig(model, checked.sources).find((x) => x.rule.id === id)!;
      expect(a.status).toBe('manual');
      expect(a.how.length).toBeGreaterThan(40);
      expect(a.check.length).toBeGreaterThan(20);
    },
  );

  test('V-273187 is manual: the Admin Console app session has no @pulumi/okta resource', () => {
    expect(statusOf(model, 'V-273187')).toBe(
      'manual: the Admin Console’s app session is a first-party app setting (/api/v1/first-party-app-settings/admin-console), which @pulumi/okta 7.0.0 has no resource for',
    );
  });

  test('V-273192 (the DoD banner) is not applicable', () => {
    expect(statusOf(model, 'V-273192')).toMatch(/^not applicable: the banner is DoD’s notice/);
  });

  test('every rule is either tested above or manual or not applicable', () => {
    const covered = new Set([...Object.keys(WEAKENED), ...Object.keys(ALWAYS)]);
    expect(OKTA_STIG.filter((r) => r.kind === 'blueprint' && !covered.has(r.id)).map((r) => r.id)).toEqual(
      [],
    );
  });

  test('the README shows this report’s table, byte for byte', () => {
    const markdown = renderReport(stigReport(model, checked.sources), 'markdown');
    const table = markdown.slice(markdown.indexOf('| STIG |')).trimEnd();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- okta-stig:start -->');
    const end = readme.indexOf('<!-- okta-stig:end -->');
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(start, end).split('\n');
    expect(block.filter((l) => l.startsWith('|')).join('\n')).toBe(table);
    expect(block.filter((l) => l.startsWith('- '))).toEqual([
      `- ${stigReport(model, checked.sources).summary[0]}`,
    ]);
  });
});
