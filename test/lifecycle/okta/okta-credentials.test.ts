import {
  OKTA_SCOPES,
  oktaCredentials,
  oktaCredentialsFromEnv,
} from '../../../lib/lifecycle/okta/okta-credentials';

describe('oktaCredentialsFromEnv', () => {
  test('an OAuth service app with a private key (production)', () => {
    expect(
      oktaCredentialsFromEnv({
        OKTA_ORG_URL: 'https://acme.okta.com',
        OKTA_CLIENT_ID: '0oa1',
        OKTA_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----...',
        OKTA_KEY_ID: 'kid1',
      }),
    ).toEqual({
      kind: 'private-key',
      orgUrl: 'https://acme.okta.com',
      clientId: '0oa1',
      privateKey: '-----BEGIN PRIVATE KEY-----...',
      keyId: 'kid1',
      scopes: [...OKTA_SCOPES],
    });
  });

  test('an API token, with the org URL from config when the environment names none', () => {
    expect(oktaCredentialsFromEnv({ OKTA_API_TOKEN: ' 00abc ' }, 'https://acme.okta.com')).toEqual({
      kind: 'api-token',
      orgUrl: 'https://acme.okta.com',
      token: '00abc',
    });
  });

  test('OAuth wins over a token; scopes can be narrowed', () => {
    const creds = oktaCredentialsFromEnv({
      OKTA_ORG_URL: 'https://x.okta.com',
      OKTA_CLIENT_ID: '0oa1',
      OKTA_PRIVATE_KEY: 'k',
      OKTA_API_TOKEN: 't',
      OKTA_SCOPES: 'okta.users.read okta.users.manage',
    });
    expect(creds).toMatchObject({ kind: 'private-key', scopes: ['okta.users.read', 'okta.users.manage'] });
  });

  test.each([
    [{}, undefined, 'no Okta org URL: set OKTA_ORG_URL'],
    [
      {},
      'https://acme.okta.com',
      'no Okta credentials: set OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (an OAuth service app, for production) or OKTA_API_TOKEN',
    ],
    [
      { OKTA_CLIENT_ID: '0oa1' },
      'https://acme.okta.com',
      'OAuth credentials need both OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (OKTA_PRIVATE_KEY is missing)',
    ],
    [
      { OKTA_PRIVATE_KEY: 'k', OKTA_API_TOKEN: '' },
      'https://acme.okta.com',
      'OAuth credentials need both OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (OKTA_CLIENT_ID is missing)',
    ],
  ])('%j (org %s): %s', (env, orgUrl, message) => {
    expect(() => oktaCredentialsFromEnv(env, orgUrl)).toThrow(message);
  });
});

test('a Secrets Manager secret uses the same keys, named as JSON keys in errors', () => {
  expect(() => oktaCredentials({ orgUrl: 'https://acme.okta.com', clientId: 'x' })).toThrow(
    'OAuth credentials need both clientId and privateKey (privateKey is missing)',
  );
  expect(oktaCredentials({ orgUrl: 'https://acme.okta.com', apiToken: 't' })).toEqual({
    kind: 'api-token',
    orgUrl: 'https://acme.okta.com',
    token: 't',
  });
});
