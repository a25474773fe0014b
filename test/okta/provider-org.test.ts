import { providerOrgMismatch } from '../../lib/okta/provider-org';

describe('providerOrgMismatch', () => {
  test('the configured org matches', () => {
    expect(
      providerOrgMismatch('https://acme.okta.com', { orgName: 'acme', baseUrl: 'okta.com' }),
    ).toBeUndefined();
  });

  test('another org is refused, naming both', () => {
    expect(
      providerOrgMismatch('https://acme.okta.com', { orgName: 'acme-dev', baseUrl: 'oktapreview.com' }),
    ).toBe(
      'the Okta provider points at https://acme-dev.oktapreview.com but config/org.yaml says https://acme.okta.com; fix okta:orgName/okta:baseUrl (or OKTA_ORG_NAME/OKTA_BASE_URL)',
    );
  });

  test('nothing configured here: the provider will say so itself', () => {
    expect(providerOrgMismatch('https://acme.okta.com', {})).toBeUndefined();
  });
});
