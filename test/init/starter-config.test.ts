// The starter config's files: YAML written with yaml's Document API, so whatever name or
// domain is given is quoted as YAML needs, and laid out for people to edit.
import { parse } from 'yaml';
import { StarterOptionError, type StarterOptions, starterConfig } from '../../lib/init/starter-config';
import { checkOrg } from '../../lib/policy/check-org';
import { TODAY } from '../support/config-case';

const options = { name: 'Globex Corp', domain: 'globex.com', teams: ['it', 'security'], accounts: [] };

/**
 * The file as a user makes it who copies its example: the commented lines at the end, less
 * their `# `, become the entries of the empty list (`people: []` turns into `people:`).
 */
function withExampleUncommented(text: string): string {
  const lines = text.trimEnd().split('\n');
  const start = lines.lastIndexOf('') + 1;
  // The first commented line says how; the rest is the example.
  const example = lines.slice(start + 1).map((line) => {
    if (!line.startsWith('# ')) throw new Error(`not a commented example line: ${line}`);
    return line.slice(2);
  });
  const empty = lines.slice(0, start).flatMap((line, i) => (/^\S+: \[\]$/.test(line) ? [i] : []));
  if (empty.length !== 1)
    throw new Error(`expected one empty list to put the example in, found ${empty.length}`);
  const at = empty[0];
  return [
    ...lines.slice(0, at),
    lines[at].slice(0, -' []'.length),
    ...example,
    ...lines.slice(at + 1, start),
    '',
  ].join('\n');
}

/** The starter config with every example uncommented, checked as `blueprint validate` checks it. */
function checkWithExamples(starter: StarterOptions) {
  const files = starterConfig(starter);
  const edited = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [
      path,
      /\n# - /.test(text) ? withExampleUncommented(text) : text,
    ]),
  );
  const checked = checkOrg('config', {
    today: TODAY,
    display: 'config',
    reader: { list: () => Object.keys(edited).sort(), read: (rel) => edited[rel] },
  });
  return { edited, checked };
}

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
        '# To add one: write "apps:" without the [], then these lines, uncommented:',
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
        '# To add one: write "people:" without the [], then these lines, uncommented:',
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

  test('each commented example, uncommented into its list, validates', () => {
    const { edited, checked } = checkWithExamples(options);
    // The one warning is the point of the example's missing lastVendorReview: review the vendor first.
    expect(checked.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`)).toEqual([
      'config/it/apps.yaml:3: warning: app "slack" (Slack) has no vendor review on record',
    ]);
    expect(checked.ok).toBe(true);
    expect(parse(edited['it/people.yaml']).people).toEqual([
      {
        id: 'jane-doe',
        name: 'Jane Doe',
        email: 'jane.doe@globex.com',
        department: 'general',
        title: 'Software Engineer',
        type: 'employee',
        start: '2027-01-04',
      },
    ]);
    expect(parse(edited['it/apps.yaml']).apps.map((a: { id: string }) => a.id)).toEqual(['slack']);
  });

  test('an example naming a team id YAML would misread quotes it, and still validates', () => {
    for (const team of ['0123', 'true', 'null', '1e3']) {
      const { edited, checked } = checkWithExamples({ ...options, teams: [team, 'security'] });
      expect(edited['it/apps.yaml']).toContain(`\n  owner: "${team}"\n`);
      expect(parse(edited['it/apps.yaml']).apps[0].owner).toBe(team);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  test('an example for a domain with digits and dashes keeps it as written', () => {
    const { edited, checked } = checkWithExamples({ ...options, domain: '0x-1.co.uk' });
    expect(parse(edited['it/people.yaml']).people[0].email).toBe('jane.doe@0x-1.co.uk');
    expect(parse(edited['it/apps.yaml']).apps[0].sso.ssoUrl).toBe('https://0x-1.slack.com/sso/saml');
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test.each(['globex.com:8443', 'globex.com # x', 'globex#x.com', '"globex.com"'])(
    'a domain with a character YAML treats specially (%j) is refused, naming it',
    (domain) => {
      expect(() => starterConfig({ ...options, domain })).toThrow(
        new StarterOptionError(`--domain must be a lowercase DNS domain like globex.com, got "${domain}"`),
      );
    },
  );

  test('an option it cannot use is a StarterOptionError naming the bad value', () => {
    const call = () => starterConfig({ ...options, domain: 'Globex' });
    expect(call).toThrow(StarterOptionError);
    expect(call).toThrow('--domain must be a lowercase DNS domain like globex.com, got "Globex"');
  });
});
