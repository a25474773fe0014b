// The starter config's files: YAML written with yaml's Document API, so whatever name or
// domain is given is quoted as YAML needs, and laid out for people to edit.
import { parse } from 'yaml';
import { StarterOptionError, starterConfig } from '../../lib/init/starter-config';

const options = { name: 'Globex Corp', domain: 'globex.com', teams: ['it', 'security'], accounts: [] };

describe('starterConfig', () => {
  test('a name YAML would misread is quoted, and reads back exactly', () => {
    for (const name of ['Acme: Labs #1', 'yes', '- dash', '"quoted"', '0123', 'Zürich & Co']) {
      const files = starterConfig({ ...options, name });
      expect(parse(files['org.yaml']).name).toBe(name);
      expect(parse(files['org.yaml']).aws.accounts[0].name).toBe(`${name} Management`);
    }
  });

  test('each file starts with who owns it, and account ids stay strings', () => {
    const files = starterConfig(options);
    expect(Object.keys(files)).toHaveLength(10);
    for (const [path, text] of Object.entries(files))
      expect(text.split('\n')[0]).toMatch(path.startsWith('it/') ? /^# IT-owned\. / : /^# Security-owned\. /);
    expect(parse(files['org.yaml']).aws.accounts.map((a: { accountId: string }) => a.accountId)).toEqual([
      '000000000001',
      '000000000002',
      '000000000003',
    ]);
  });

  test('short entries on one line, sections apart, notes and examples as comments', () => {
    const files = starterConfig(options);
    expect(files['org.yaml']).toContain(
      '\n\nokta:\n  orgUrl: https://globex.okta.com # replace with your Okta org URL\n',
    );
    expect(files['org.yaml']).toContain(
      '  # Placeholders: replace with your AWS Organization, Identity Center and account ids.\n  organizationId: o-0000000000\n',
    );
    expect(files['org.yaml']).toContain(
      '  - { id: security-email, type: email, endpoint: security@globex.com }\n',
    );
    expect(files['it/apps.yaml']).toBe(
      [
        '# IT-owned. SSO apps (saml, oidc or bookmark) and the groups that get them.',
        'apps: []',
        '',
        '# - id: slack',
        '#   name: Slack',
        '#   vendor: Slack',
        '#   owner: it',
        '#   risk: medium # low | medium | high | critical',
        '#   data: confidential # public | internal | confidential | restricted',
        '#   groups: [ everyone ]',
        '#   sso: { type: saml, ssoUrl: https://globex.slack.com/sso/saml, audience: https://slack.com }',
        '',
      ].join('\n'),
    );
    expect(files['it/people.yaml']).toBe(
      [
        '# IT-owned. Departments and people; every person gets an Okta user.',
        'departments:',
        '  - { id: general, name: General }',
        '',
        'people: []',
        '',
        '# - id: jane-doe',
        '#   name: Jane Doe',
        '#   email: jane.doe@globex.com',
        '#   department: general',
        '#   title: Software Engineer',
        '#   type: employee # or contractor',
        '#   start: "2027-01-04"',
        '',
      ].join('\n'),
    );
  });

  test('workload accounts get the everyday read-only grant; without any, grants are empty', () => {
    expect(parse(starterConfig(options)['it/aws-access.yaml']).grants).toEqual([]);
    const withDev = starterConfig({ ...options, accounts: [{ id: 'dev', accountId: '123456789012' }] });
    expect(withDev['it/aws-access.yaml']).toContain(
      'grants:\n  - { group: everyone, permissionSet: read-only, accounts: [ dev ] }\n',
    );
  });

  test('an option it cannot use is a StarterOptionError naming the bad value', () => {
    const call = () => starterConfig({ ...options, domain: 'Globex' });
    expect(call).toThrow(StarterOptionError);
    expect(call).toThrow('--domain must be a lowercase DNS domain like globex.com, got "Globex"');
  });
});
