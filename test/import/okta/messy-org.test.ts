// A messy Okta org into a new folder: a rule-based group with members added by hand, an app
// with provisioning and a person assigned directly, an OIDC app with a client secret, a user
// with custom profile attributes, a suspended user, one with no department or title, an
// admin group, an MFA enrollment policy. The config validates; every decision is a TODO and
// a summary line; nothing is dropped unreported; no secret is written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportOkta } from '../../../lib/cli/commands/import';
import type { Io } from '../../../lib/cli/io';
import { main } from '../../../lib/cli/main';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../../../test-doubles/okta/fake-okta-server';
import { FakeOktaState, type FakeUser } from '../../../test-doubles/okta/fake-okta-state';
import { OKTA_DEFAULT_PASSWORD_SETTINGS } from '../support/seed-okta-from-desired-state';

const TODAY = '2026-12-01';
const NOW = Date.parse(`${TODAY}T09:00:00Z`);

const everyoneGroupId = (state: FakeOktaState) => state.groups.find((g) => g.type === 'BUILT_IN')!.id;

function messyOrg(): FakeOktaState {
  const state = new FakeOktaState(() => NOW);
  const user = (
    login: string,
    status: FakeUser['status'],
    profile: Partial<FakeUser['profile']> & Record<string, unknown>,
  ) => {
    const u: FakeUser = {
      id: state.nextId('00u'),
      status,
      created: '2024-03-04T10:00:00.000Z',
      statusChanged: status === 'SUSPENDED' ? '2026-11-20T10:00:00.000Z' : '2024-03-04T10:00:00.000Z',
      lastUpdated: '2026-11-20T10:00:00.000Z',
      profile: {
        login,
        email: login,
        firstName: login.split('.')[0],
        lastName: 'Messy',
        ...profile,
      } as FakeUser['profile'],
      sessions: 0,
      factors: [],
      grants: [],
      tokens: {},
    };
    state.users.push(u);
    return u;
  };
  const dana = user('dana.messy@messy.example', 'ACTIVE', {
    firstName: 'Dana',
    department: 'Engineering',
    title: 'Engineer',
    userType: 'employee',
    costCenter: 'CC-7',
  } as never);
  const lee = user('lee.messy@messy.example', 'SUSPENDED', {
    firstName: 'Lee',
    department: 'Engineering',
    title: 'Engineer',
    userType: 'employee',
  });
  const sam = user('sam.messy@messy.example', 'ACTIVE', { firstName: 'Sam' });
  const ana = user('ana.messy@contractors.example', 'ACTIVE', {
    firstName: 'Ana',
    department: 'Sales',
    title: 'Consultant',
    userType: 'contractor',
  });
  ana.roles = [{ id: state.nextId('ra'), type: 'READ_ONLY_ADMIN', label: 'Read-only Administrator' }];
  const engineering = { id: state.nextId('00g'), name: 'Engineering', type: 'OKTA_GROUP' as const };
  const admins = { id: state.nextId('00g'), name: 'Okta Admins', type: 'OKTA_GROUP' as const };
  state.groups.push(engineering, admins);
  state.members.set(engineering.id, new Set([sam.id]));
  state.members.set(admins.id, new Set([dana.id]));
  state.rules.push({
    id: state.nextId('0pr'),
    name: 'engineering',
    groupIds: [engineering.id],
    expression: "user.department == 'Engineering'",
    matches: (u) => u.profile.department === 'Engineering',
  });
  state.groupRoles.set(admins.id, [
    { id: state.nextId('ra'), type: 'SUPER_ADMIN', label: 'Super Administrator' },
  ]);
  state.apps.push(
    {
      id: state.nextId('0oa'),
      label: 'Slack',
      groupIds: [engineering.id],
      userIds: [ana.id],
      // Pushed: a config group Slack is no Identity Center for, and Okta's built-in Everyone.
      pushMappings: [
        {
          id: 'gpm1',
          sourceGroupId: engineering.id,
          targetGroupId: 'C01',
          status: 'INACTIVE',
          created: '2026-01-05T10:00:00.000Z',
        },
        {
          id: 'gpm2',
          sourceGroupId: everyoneGroupId(state),
          targetGroupId: 'C02',
          status: 'ERROR',
          created: '2026-01-05T10:00:00.000Z',
        },
      ],
      detail: {
        name: 'slack',
        signOnMode: 'SAML_2_0',
        features: ['GROUP_PUSH', 'PUSH_NEW_USERS', 'PUSH_USER_DEACTIVATION'],
        settings: {
          signOn: {
            ssoAcsUrl: 'https://messy.slack.com/sso/saml',
            audience: 'https://slack.com',
            allowMultipleAcsEndpoints: false,
            assertionSigned: true,
            honorForceAuthn: false,
            requestCompressed: false,
            responseSigned: true,
          },
        },
        credentials: {},
      },
    },
    {
      id: state.nextId('0oa'),
      label: 'Admin Portal',
      groupIds: [admins.id],
      userIds: [],
      detail: {
        name: 'oidc_client',
        signOnMode: 'OPENID_CONNECT',
        settings: {
          oauthClient: {
            application_type: 'web',
            redirect_uris: ['https://admin.messy.example/callback'],
            grant_types: ['authorization_code', 'client_credentials', 'implicit'],
            response_types: ['code', 'token'],
          },
        },
        credentials: {
          oauthClient: {
            client_id: 'admin-portal',
            client_secret: 'super-secret-value-42',
            token_endpoint_auth_method: 'client_secret_basic',
          },
        },
      },
    },
  );
  state.policies.push({
    id: state.nextId('00p'),
    type: 'MFA_ENROLL',
    name: 'Default Enrollment',
    priority: 1,
    status: 'ACTIVE',
    system: true,
    rules: [],
  });
  // What every org has: Okta's default password policy with Okta's defaults, Okta's system zones;
  // and a blocklist zone someone made in the admin console.
  state.policies.push({
    id: state.nextId('00p'),
    type: 'PASSWORD',
    name: 'Default Policy',
    priority: 1,
    status: 'ACTIVE',
    system: true,
    settings: OKTA_DEFAULT_PASSWORD_SETTINGS,
    rules: [],
  });
  state.zones.push(
    {
      id: state.nextId('nzo'),
      name: 'LegacyIpZone',
      type: 'IP',
      usage: 'POLICY',
      status: 'ACTIVE',
      system: true,
    },
    {
      id: state.nextId('nzo'),
      name: 'Embargoed',
      type: 'DYNAMIC',
      usage: 'BLOCKLIST',
      status: 'ACTIVE',
      system: false,
      locations: [{ country: 'KP' }, { country: 'UA', region: 'UA-43' }],
    },
    {
      id: state.nextId('nzo'),
      name: 'Office VPN',
      type: 'IP',
      usage: 'POLICY',
      status: 'ACTIVE',
      system: false,
      gateways: ['203.0.113.0/24', '198.51.100.10-198.51.100.20'],
    },
  );
  void lee;
  return state;
}

let fake: FakeOktaServer;
let everyone: string;
let out: string;
let code: number;
let printed = '';
const file = (rel: string) => readFileSync(join(out, rel), 'utf8');

beforeAll(async () => {
  const org = messyOrg();
  everyone = everyoneGroupId(org);
  fake = await FakeOktaServer.start(org, { now: () => NOW });
  out = mkdtempSync(join(tmpdir(), 'import-messy-'));
  const io: Io = {
    out: (t) => {
      printed += t;
    },
    err: (t) => {
      printed += t;
    },
    cwd: out,
    env: { OKTA_ORG_URL: fake.url, OKTA_API_TOKEN: FAKE_OKTA_TOKEN, BLUEPRINT_TODAY: TODAY },
    interactive: false,
  };
  code = await runImportOkta({ out: 'config' }, io);
}, 30_000);
afterAll(async () => {
  await fake.close();
  rmSync(out, { recursive: true, force: true });
});

test('a new folder gets a config that validates with the blueprint, read without a single change to Okta', async () => {
  expect(fake.violations).toEqual([]);
  expect(fake.mutations()).toEqual([]);
  expect(code).toBe(0);
  const validated: string[] = [];
  const io: Io = {
    out: (t) => validated.push(t),
    err: (t) => validated.push(t),
    cwd: out,
    env: { BLUEPRINT_TODAY: TODAY },
    interactive: false,
  };
  expect(await main(['validate', '--config', 'config'], io)).toBe(0);
});

test('the summary counts, per kind, what was imported, what needs a decision and what cannot be said', () => {
  expect(printed).toContain(
    [
      '| kind            | imported | needs a decision | not representable |',
      '|-----------------|---------:|-----------------:|------------------:|',
      '| people          |        4 |                2 |                 1 |',
      '| departments     |        3 |                0 |                 0 |',
      '| groups          |        2 |                0 |                 1 |',
      '| group rules     |        1 |                0 |                 0 |',
      '| memberships     |        1 |                1 |                 0 |',
      '| apps            |        2 |                2 |                 2 |',
      '| app assignments |        1 |                0 |                 2 |',
      '| group pushes    |        0 |                0 |                 2 |',
      '| admin roles     |        1 |                0 |                 1 |',
      // Okta's default password policy and ThreatInsight (which every org has): adopted, each
      // reported as it differs from guardrails.yaml; the two zones the config does not list, reported.
      '| policies        |        2 |                0 |                 5 |',
    ].join('\n'),
  );
});

test('what cannot be represented is reported, each with what happens to it', () => {
  expect(printed).toContain(
    'group engineering: rule-based, with 1 members added by hand the rule does not select (sam-messy): a group has a rule or members, not both; put them in a group of their own or they lose engineering on the first deploy',
  );
  expect(printed).toContain(
    'person dana-messy: profile attributes the config has no field for stay in Okta, unmanaged: costCenter',
  );
  expect(printed).toContain(
    'app slack: provisioning (GROUP_PUSH, PUSH_NEW_USERS, PUSH_USER_DEACTIVATION) is set up in the Okta admin console and stays there; the config only records provisioning: scim',
  );
  expect(printed).toContain(
    'app slack pushes engineering: the config pushes only groups with AWS access (a grant in aws-access.yaml or privileged.yaml) to a provisioned Identity Center app: the mapping stays in Okta, unmanaged',
  );
  // Left unmanaged, so not "activated" by the first deploy.
  expect(printed).not.toContain('app slack pushes engineering: it is INACTIVE');
  expect(printed).toContain(
    `app slack pushes ${everyone}: pushes a group that is not an Okta group the import reads (built-in or from a directory): left as it is`,
  );
  expect(printed).toContain(
    'app slack people: 1 people assigned directly (ana-messy): the config assigns apps to groups; they keep the app until someone removes them in Okta',
  );
  expect(printed).toContain(
    "app admin-portal: grant types client_credentials are not in the config's (authorization_code, refresh_token): the first deploy removes them",
  );
  expect(printed).toContain(
    'app admin-portal: grant type implicit is refused by the oidc-implicit-grant guardrail (tokens in the redirect URL, no PKCE): the first deploy removes it, and the client signs in with the authorization code flow and PKCE',
  );
  expect(printed).toContain(
    "app admin-portal group okta-admins: assigned to the privileged group okta-admins: IT's apps cannot depend on Security's groups, so the assignment stays in Okta unmanaged; assign an everyday group instead",
  );
  expect(printed).toContain(
    'MFA_ENROLL policy "Default Enrollment": an authenticator enrollment policy with 0 rules: the config says enrollment only through the blueprint\'s own policies (admins, everyone), so it stays in Okta unmanaged',
  );
  expect(printed).toContain(
    'PASSWORD policy "Default Policy": its settings differ from guardrails.yaml passwords, which the first deploy sets: passwordDictionaryLookup false (guardrails.yaml: true), passwordExcludeFirstName false (guardrails.yaml: true), passwordExcludeLastName false (guardrails.yaml: true), passwordHistoryCount 4 (guardrails.yaml: 5), passwordMaxAgeDays 0 (guardrails.yaml: 60), passwordMaxLockoutAttempts 10 (guardrails.yaml: 3), passwordMinAgeMinutes 0 (guardrails.yaml: 1440), passwordMinLength 8 (guardrails.yaml: 15), passwordMinSymbol 0 (guardrails.yaml: 1), questionRecovery "ACTIVE" (guardrails.yaml: "INACTIVE"); to keep Okta\'s, change guardrails.yaml passwords before the first deploy',
  );
  expect(printed).toContain(
    'network zone "Embargoed": a blocklist DYNAMIC zone guardrails.yaml network does not list: add it to network.zones to manage it (name "Embargoed", locations KP, UA-43); until then it stays in Okta unmanaged',
  );
  expect(printed).toContain(
    'network zone "Office VPN": an IP zone guardrails.yaml network does not list: add it to network.zones to manage it (name "Office VPN", gateways 203.0.113.0/24, 198.51.100.10-198.51.100.20); until then it stays in Okta unmanaged',
  );
  expect(printed).not.toContain('LegacyIpZone');
  expect(printed).toContain(
    "ThreatInsight: Okta's configuration differs from guardrails.yaml network, which the first deploy sets: action none (guardrails.yaml network.threatInsight: block)",
  );
});

test('decisions are TODO(import) comments next to their values', () => {
  const people = file('config/it/people.yaml');
  expect(people).toContain(
    'end: 2026-11-19 # TODO(import): suspended in Okta on 2026-11-20: confirm the last working day',
  );
  expect(people).toContain(
    'department: unassigned # TODO(import): Okta has no department for this person: pick one',
  );
  expect(people).toContain('title: Unknown # TODO(import): Okta has no title for this person');
  const apps = file('config/it/apps.yaml');
  expect(apps).toContain('owner: it # TODO(import): the team accountable for this app');
  expect(apps).toContain('provisioning: scim');
  const privileged = file('config/security/privileged.yaml');
  expect(privileged).toContain(
    'until: 2027-03-01 # TODO(import): until when? (the guardrails allow at most P90D)',
  );
  expect(privileged).toContain(
    'reason: Imported from Okta; reason to be given # TODO(import): why they hold this privileged access',
  );
  expect(privileged).toContain('oktaAdminRoles:\n  - { group: okta-admins, role: SUPER_ADMIN }');
});

test('no secret is written; a note says where the OIDC client secret stays', () => {
  const everything = [
    'config/it/apps.yaml',
    'config/it/people.yaml',
    'config/security/privileged.yaml',
    'config/.import/okta-summary.txt',
    'config/.import/pulumi-import-okta-it.json',
  ]
    .map(file)
    .join('\n');
  expect(everything).not.toContain('super-secret-value-42');
  expect(file('config/it/apps.yaml')).toContain(
    '# The OIDC client secret is not config and was not read: Okta keeps it',
  );
});

test('--dry-run reads and prints the summary, and writes nothing', async () => {
  const dry = mkdtempSync(join(tmpdir(), 'import-dry-'));
  let shown = '';
  const io: Io = {
    out: (t) => {
      shown += t;
    },
    err: () => {},
    cwd: dry,
    env: { OKTA_ORG_URL: fake.url, OKTA_API_TOKEN: FAKE_OKTA_TOKEN, BLUEPRINT_TODAY: TODAY },
    interactive: false,
  };
  expect(await runImportOkta({ out: 'config', dryRun: true }, io)).toBe(0);
  expect(shown).toContain(
    'Dry run: nothing written. Would write to config/: .import/okta-summary.txt, .import/pulumi-import-okta-it.json',
  );
  expect(readdirSync(dry)).toEqual([]);
  rmSync(dry, { recursive: true, force: true });
});

test('without credentials: exit 1, what to set, nothing read or written', async () => {
  let shown = '';
  const io: Io = {
    out: () => {},
    err: (t) => (shown += t),
    cwd: out,
    env: { BLUEPRINT_TODAY: TODAY },
    interactive: false,
  };
  expect(await runImportOkta({ out: 'elsewhere' }, io)).toBe(1);
  expect(shown).toBe(
    'error: no Okta org URL: set OKTA_ORG_URL\n    fix: give the import read-only access (scopes okta.apps.read okta.behaviors.read okta.groups.read okta.logStreams.read okta.networkZones.read okta.policies.read okta.roles.read okta.threatInsights.read okta.users.read); see README "Adopting an existing Okta org"\n',
  );
});

test('run again, the import keeps the decisions made since (values whose TODO comment is gone)', async () => {
  const apps = join(out, 'config/it/apps.yaml');
  const privileged = join(out, 'config/security/privileged.yaml');
  writeFileSync(
    apps,
    file('config/it/apps.yaml').replace(
      'owner: it # TODO(import): the team accountable for this app',
      'owner: security',
    ),
  );
  writeFileSync(
    privileged,
    file('config/security/privileged.yaml').replace(
      'reason: Imported from Okta; reason to be given # TODO(import): why they hold this privileged access',
      'reason: Okta owner',
    ),
  );
  const io: Io = {
    out: () => {},
    err: () => {},
    cwd: out,
    env: { OKTA_ORG_URL: fake.url, OKTA_API_TOKEN: FAKE_OKTA_TOKEN, BLUEPRINT_TODAY: TODAY },
    interactive: false,
  };
  expect(await runImportOkta({ out: 'config' }, io)).toBe(0);
  const again = file('config/it/apps.yaml');
  expect(again).toContain('id: slack\n    name: Slack\n    vendor: Slack # TODO(import)');
  expect(again).toMatch(/id: slack\n(?:.*\n){2} {4}owner: security\n/);
  expect(again).toMatch(/id: admin-portal\n(?:.*\n){2} {4}owner: it # TODO\(import\)/);
  expect(file('config/security/privileged.yaml')).toContain('reason: Okta owner\n');
  expect(file('config/.import/okta-summary.txt')).not.toContain('app slack: owner:');
});
