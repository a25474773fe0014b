import { appSettings } from '../../../lib/okta/specs/app-settings';
import { appSpecs } from '../../../lib/okta/specs/apps';
import { exampleModel } from '../support/example';

const model = exampleModel();
const specs = appSpecs(model.apps, model.guardrails.oidc);
const spec = (id: string) => specs.find((s) => s.name === `app.${id}`)!;

describe('appSpecs', () => {
  test('one protected app per config app, of the Okta type for its kind', () => {
    expect(specs.map((s) => s.name)).toEqual(model.apps.map((a) => `app.${a.id}`));
    expect(specs.every((s) => s.options.protect === true)).toBe(true);
    expect(spec('slack').type).toBe('okta:app/saml:Saml');
    expect(spec('datadog').type).toBe('okta:app/oAuth:OAuth');
    expect(spec('status-page').type).toBe('okta:app/bookmark:Bookmark');
  });

  test('a SAML app: endpoints, signed SHA-256 responses and assertions, attribute statements', () => {
    expect(spec('aws-identity-center').inputs).toEqual({
      label: 'AWS IAM Identity Center',
      status: 'ACTIVE',
      ssoUrl: 'https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/7223b1d4-e6f8-a9c0',
      recipient: 'https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/7223b1d4-e6f8-a9c0',
      destination: 'https://eu-west-1.signin.aws.amazon.com/platform/saml/acs/7223b1d4-e6f8-a9c0',
      audience: 'https://eu-west-1.signin.aws.amazon.com/platform/saml/d-93670a1b2c',
      subjectNameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      subjectNameIdTemplate: '$' + '{user.userName}',
      userNameTemplate: '$' + '{source.login}',
      responseSigned: true,
      assertionSigned: true,
      signatureAlgorithm: 'RSA_SHA256',
      digestAlgorithm: 'SHA256',
      honorForceAuthn: true,
      authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
      attributeStatements: [
        {
          name: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
          namespace: 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified',
          type: 'EXPRESSION',
          values: ['user.email'],
        },
      ],
      skipAuthenticationPolicy: true,
    });
  });

  test('an OIDC web app with a login URI: a client secret and PKCE, no refresh tokens', () => {
    expect(spec('datadog').inputs).toEqual({
      label: 'Datadog',
      status: 'ACTIVE',
      type: 'web',
      grantTypes: ['authorization_code'],
      responseTypes: ['code'],
      redirectUris: ['https://app.datadoghq.eu/account/oidc/callback'],
      postLogoutRedirectUris: [],
      loginUri: 'https://app.datadoghq.eu/account/login',
      loginMode: 'SPEC',
      loginScopes: ['openid', 'email', 'profile'],
      tokenEndpointAuthMethod: 'client_secret_basic',
      pkceRequired: true,
      consentMethod: 'TRUSTED',
      issuerMode: 'ORG_URL',
      skipAuthenticationPolicy: true,
    });
  });

  test('an OIDC app with refresh tokens and no login URI', () => {
    expect(spec('admin-console').inputs).toMatchObject({
      grantTypes: ['authorization_code', 'refresh_token'],
      responseTypes: ['code'],
      postLogoutRedirectUris: ['https://admin.acme.example/'],
      loginMode: 'DISABLED',
    });
  });

  test('refresh tokens rotate at every use, the old one usable for oidc.refreshTokenLeeway (30 s)', () => {
    expect(spec('admin-console').inputs).toMatchObject({
      pkceRequired: true,
      refreshTokenRotation: 'ROTATE',
      refreshTokenLeeway: 30,
    });
  });

  test('the leeway follows guardrails.yaml, in whole seconds', () => {
    const [admin] = appSpecs(
      model.apps.filter((a) => a.id === 'admin-console'),
      { refreshTokenLeeway: 'PT0S' },
    );
    expect(admin.inputs.refreshTokenLeeway).toBe(0);
  });

  test('no OIDC client keeps static refresh tokens, and every authorization code client requires PKCE', () => {
    const oidc = specs.filter((s) => s.type === 'okta:app/oAuth:OAuth');
    expect(oidc.map((s) => [s.name, s.inputs.pkceRequired, s.inputs.refreshTokenRotation ?? 'none'])).toEqual(
      [
        ['app.admin-console', true, 'ROTATE'],
        ['app.datadog', true, 'none'],
      ],
    );
  });

  test('browser and native OIDC clients use PKCE and no client secret', () => {
    const settings = appSettings({
      type: 'oidc',
      applicationType: 'browser',
      redirectUris: ['https://spa.example.com/cb'],
      postLogoutRedirectUris: [],
      grantTypes: ['authorization_code', 'implicit'],
    });
    expect(settings).toMatchObject({
      tokenEndpointAuthMethod: 'none',
      pkceRequired: true,
      responseTypes: ['code', 'token'],
    });
  });

  test('a bookmark app', () => {
    expect(spec('status-page').inputs).toEqual({
      label: 'Status Page',
      status: 'ACTIVE',
      url: 'https://status.acme.example',
      skipAuthenticationPolicy: true,
    });
  });

  test('SAML name id formats', () => {
    const saml = (nameIdFormat: 'email' | 'unspecified' | 'persistent') =>
      appSettings({
        type: 'saml',
        ssoUrl: 'https://a.example/acs',
        audience: 'a',
        nameIdFormat,
        attributes: [],
      }).subjectNameIdFormat;
    expect(saml('unspecified')).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified');
    expect(saml('persistent')).toBe('urn:oasis:names:tc:SAML:2.0:nameid-format:persistent');
  });
});

describe('authentication policies', () => {
  test("no app assigns or reads its authentication policy: that is Security's (app-policies.ts)", () => {
    expect(specs.every((s) => s.inputs.skipAuthenticationPolicy === true)).toBe(true);
    expect(specs.filter((s) => 'authenticationPolicy' in s.inputs)).toEqual([]);
  });
});
