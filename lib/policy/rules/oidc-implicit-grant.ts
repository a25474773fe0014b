// OIDC clients do not use the implicit grant: its tokens travel in the redirect URL (browser
// history, logs, referrers) and it cannot use PKCE, which the blueprint requires of every
// authorization code client (OAuth 2.0 Security Best Current Practice; Okta's guidance).
import type { Guardrail, RuleFinding } from '../guardrail';

export const oidcImplicitGrant: Guardrail = {
  id: 'oidc-implicit-grant',
  title: 'OIDC clients use the authorization code flow, never the implicit grant',
  rationale:
    'Implicit tokens travel in the redirect URL and cannot be bound with PKCE; the authorization code flow with PKCE replaces it for every client type.',
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const app of model.apps) {
      if (app.sso.type !== 'oidc') continue;
      const i = app.sso.grantTypes.indexOf('implicit');
      if (i < 0) continue;
      findings.push({
        at: app.at,
        field: ['sso', 'grantTypes', i],
        message: `OIDC app "${app.id}" uses the implicit grant`,
        hint: 'remove "implicit" from grantTypes: the authorization code flow with PKCE (which the blueprint sets) serves browser and native clients too',
        value: 'implicit',
      });
    }
    return findings;
  },
};
