// The new Okta sign-in controls claim what the security and IT stacks declare: behaviour
// detection and risk scoring (a gap when both are off), the security notification emails, and
// OIDC clients with PKCE and rotating refresh tokens (a gap when a client declares the implicit
// grant). Each maps to SOC 2 and ISO 27001 ids; none to a STIG rule (the STIG has none for them).
import { join } from 'node:path';
import type { OrgModel } from '../../../lib/model/org-model';
import { OKTA_CONTROLS } from '../../../lib/report/controls/okta-controls';
import { assessControls } from '../../../lib/report/controls-report';
import { checkDir } from '../../policy/rule-case';

const checked = checkDir(join(__dirname, '..', '..', '..', 'config'));
const model = checked.model!;
const assess = (m: OrgModel, id: string) => {
  const c = OKTA_CONTROLS.find((x) => x.id === id)!;
  const [a] = assessControls(m, checked.sources, [c]);
  return { implemented: a.implemented, config: a.config, resource: a.resource, notes: a.notes };
};

describe('okta-sign-in-risk', () => {
  test('the example org: four behaviours and risk scoring, cited at signInRisk', () => {
    expect(assess(model, 'okta-sign-in-risk')).toEqual({
      implemented: true,
      config: 'config/security/guardrails.yaml:44',
      resource:
        'okta:index/behaviour:Behaviour, okta:policy/ruleSignon:RuleSignon (behaviors, riskLevel HIGH; MFA at every such sign-in)',
      notes:
        'behaviours new-country, new-device, new-ip, velocity against the last 20 sign-ins; high-risk sign-ins give MFA',
    });
  });

  test('no behaviours and no risk scoring: a gap', () => {
    const off = { ...model.guardrails.signInRisk, behaviors: [], highRiskMfa: false };
    const a = assess({ ...model, guardrails: { ...model.guardrails, signInRisk: off } }, 'okta-sign-in-risk');
    expect([a.implemented, a.notes]).toEqual([false, 'no behaviours; risk scoring not used']);
  });

  test('maps to SOC 2 CC6.1 and CC7.2, ISO 27001 A.8.5 and A.8.16', () => {
    const c = OKTA_CONTROLS.find((x) => x.id === 'okta-sign-in-risk')!;
    expect([c.soc2, c.iso27001, c.stig]).toEqual([['CC6.1', 'CC7.2'], ['A.8.5', 'A.8.16'], []]);
  });
});

describe('okta-security-notifications', () => {
  test('always declared: the org-wide setting with every email on', () => {
    expect(assess(model, 'okta-security-notifications')).toMatchObject({
      implemented: true,
      resource: 'okta:index/securityNotificationEmails:SecurityNotificationEmails',
    });
  });

  test('maps to SOC 2 CC7.2 and CC7.3, ISO 27001 A.6.8 (event reporting) and A.8.16', () => {
    const c = OKTA_CONTROLS.find((x) => x.id === 'okta-security-notifications')!;
    expect([c.soc2, c.iso27001]).toEqual([
      ['CC7.2', 'CC7.3'],
      ['A.6.8', 'A.8.16'],
    ]);
  });
});

describe('oidc-clients', () => {
  test('the example org: two OIDC clients with PKCE, one with rotating refresh tokens', () => {
    expect(assess(model, 'oidc-clients')).toEqual({
      implemented: true,
      config: 'config/security/guardrails.yaml:48',
      resource: 'okta:app/oAuth:OAuth (2: pkceRequired, refreshTokenRotation ROTATE)',
      notes:
        '2 OIDC clients with PKCE, 1 with rotating refresh tokens (leeway PT30S); checked by guardrail oidc-implicit-grant (error)',
    });
  });

  test('a client declaring the implicit grant: a gap naming it', () => {
    const apps = model.apps.map((a) =>
      a.id === 'datadog' && a.sso.type === 'oidc'
        ? { ...a, sso: { ...a.sso, grantTypes: ['authorization_code' as const, 'implicit' as const] } }
        : a,
    );
    const a = assess({ ...model, apps }, 'oidc-clients');
    expect([a.implemented, a.notes]).toEqual([
      false,
      'the implicit grant (tokens in the URL, no PKCE) is declared by datadog',
    ]);
  });

  test('the oidc-implicit-grant guardrail turned off: a gap', () => {
    const guardrails = { ...model.guardrails, severity: { 'oidc-implicit-grant': 'off' as const } };
    const a = assess({ ...model, guardrails }, 'oidc-clients');
    expect([a.implemented, a.notes]).toEqual([
      false,
      'guardrail oidc-implicit-grant (off): turned off in guardrails.yaml',
    ]);
  });
});
