import { ruleLines } from '../rule-case';

describe('oidc-implicit-grant: OIDC clients use the authorization code flow, never the implicit grant', () => {
  test('compliant: no OIDC client declares the implicit grant', () => {
    expect(ruleLines('oidc-implicit-grant')).toEqual([]);
  });

  test('non-compliant: a browser client with the implicit grant (the one with refresh tokens passes)', () => {
    expect(ruleLines('oidc-implicit-grant', 'oidc-implicit-grant')).toEqual([
      'config/it/apps.yaml:14:40: error: apps[0].sso.grantTypes[1]: OIDC app "wiki" uses the implicit grant (got "implicit")',
      '    fix: remove "implicit" from grantTypes: the authorization code flow with PKCE (which the blueprint sets) serves browser and native clients too',
    ]);
  });
});
