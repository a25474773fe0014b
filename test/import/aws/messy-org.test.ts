// A messy Identity Center: a set named the AWS way with a permissions boundary the blueprint
// cannot keep, an inline policy in the old policy language, a customer managed policy, an
// assignment to a user, a group the config does not know, an everyday group holding a
// privileged set, a nested OU and a suspended account. Each is imported where the config can
// say it, marked `# TODO(import)` where a person decides, reported (never dropped) where it
// cannot be said, and kept out of the adoption ids so no deploy silently changes it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { runImportAws } from '../../../lib/cli/commands/import-aws';
import type { IdentityCenterSnapshot } from '../../../lib/import/aws/snapshot';
import { checkOrg } from '../../../lib/policy/check-org';
import { captureIo, TODAY } from '../../support/config-case';
import {
  groupPrincipalId,
  identityCenterDouble,
  permissionSetArn,
  snapshotOfModel,
  virtualClock,
} from './support/identity-center-double';

const EXAMPLE = resolve(__dirname, '../../../config');
const base = snapshotOfModel(checkOrg(EXAMPLE, { today: TODAY }).model!);
const arn = (set: string) => permissionSetArn(base.instanceArn, set);
const account = (name: string) => base.organization.accounts.find((a) => a.name === name)!.accountId;

const messy: IdentityCenterSnapshot = {
  ...base,
  permissionSets: [
    ...base.permissionSets,
    {
      arn: arn('admin-aws'),
      name: 'AdministratorAccess',
      sessionDuration: 'PT4H',
      managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      customerManagedPolicies: [],
      permissionsBoundary: { managedPolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
    },
    {
      arn: arn('legacy'),
      name: 'LegacyOps',
      sessionDuration: 'PT4H',
      managedPolicyArns: [],
      customerManagedPolicies: [],
      inlinePolicy: JSON.stringify({
        Version: '2008-10-17',
        Statement: { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
      }),
    },
    {
      arn: arn('lake'),
      name: 'DataLake',
      sessionDuration: 'PT2H',
      managedPolicyArns: [],
      customerManagedPolicies: [{ name: 'DataLakeRead', path: '/teams/data/' }],
      permissionsBoundary: { customerManagedPolicy: { name: 'acme-security-it-access-ceiling', path: '/' } },
    },
  ],
  assignments: [
    ...base.assignments,
    {
      accountId: account('Acme Prod'),
      permissionSetArn: arn('admin-aws'),
      principalType: 'GROUP',
      principalId: 'g-platform',
    },
    {
      accountId: account('Acme Dev'),
      permissionSetArn: arn('legacy'),
      principalType: 'GROUP',
      principalId: groupPrincipalId('engineering'),
    },
    {
      accountId: account('Acme Prod'),
      permissionSetArn: arn('lake'),
      principalType: 'GROUP',
      principalId: groupPrincipalId('data-analysts'),
    },
    {
      accountId: account('Acme Dev'),
      permissionSetArn: arn('read-only'),
      principalType: 'USER',
      principalId: 'u-jane',
    },
    {
      accountId: account('Acme Dev'),
      permissionSetArn: arn('administrator'),
      principalType: 'GROUP',
      principalId: groupPrincipalId('engineering'),
    },
    {
      accountId: '777777777777',
      permissionSetArn: arn('read-only'),
      principalType: 'GROUP',
      principalId: groupPrincipalId('engineering'),
    },
  ],
  groups: new Map([...base.groups, ['g-platform', 'Platform Admins']]),
  users: new Map([['u-jane', 'jane.doe@acme.example']]),
  organization: {
    ...base.organization,
    ous: [
      ...base.organization.ous,
      { ouId: 'ou-a1b2-44444444', name: 'Sandbox', parentId: 'ou-a1b2-22222222' },
    ],
    accounts: [
      ...base.organization.accounts,
      {
        accountId: '777777777777',
        name: 'Acme Old',
        email: 'aws-old@acme.example',
        status: 'SUSPENDED',
        parentId: 'r-ab12',
      },
      {
        accountId: '888888888888',
        name: 'Acme Sandbox',
        email: 'aws-sandbox@acme.example',
        status: 'ACTIVE',
        parentId: 'ou-a1b2-44444444',
      },
    ],
  },
};

let cwd: string;
let stdout: string;
const file = (f: string) => readFileSync(join(cwd, 'config', f), 'utf8');

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-messy-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  rmSync(join(cwd, 'config/it/aws-access.yaml'));
  const doc = parseDocument(file('security/privileged.yaml'));
  doc.deleteIn(['permissionSets']);
  doc.deleteIn(['grants']);
  writeFileSync(join(cwd, 'config/security/privileged.yaml'), doc.toString());
  const io = captureIo(cwd);
  const double = identityCenterDouble(messy);
  expect(
    await runImportAws({ out: 'config', region: 'eu-west-1' }, io, {
      clients: double.clients,
      clock: virtualClock(),
    }),
  ).toBe(0);
  stdout = io.stdout();
}, 30_000);

describe('import aws: a messy Identity Center', () => {
  test('the summary counts every item read: written, adopted, to decide, not representable', () => {
    expect(stdout).toContain(
      [
        '| kind            | read | written | adopted | needs a decision | not representable |',
        '|-----------------|-----:|--------:|--------:|-----------------:|------------------:|',
        '| permission sets |    9 |       9 |       7 |                1 |                 2 |',
        '| assignments     |   23 |      21 |      19 |                2 |                 2 |',
        '| accounts        |    8 |       7 |       — |                0 |                 1 |',
        '| OUs             |    4 |       4 |       — |                0 |                 1 |',
      ].join('\n'),
    );
  });

  test('each decision and each unrepresentable item is a line of the summary', () => {
    expect(stdout).toContain(
      [
        'Needs a decision (3):',
        '  - permission set "AdministratorAccess": its sessions last PT4H, longer than the PT1H guardrails.yaml allows privileged sets: shorten sessionDuration (Identity Center applies it at the next sign-in), or raise privilegedAccess.maxSessionDuration',
        '  - grant of "administrator" to group "Engineering": "administrator" is privileged (admin-like managed policy AdministratorAccess), but "engineering" is an everyday group: move the group to security/privileged.yaml (members need until and reason), or grant an everyday set instead',
        '  - grant of "administrator-access" to group "Platform Admins": group "Platform Admins" is not in this config: declare it as "platform-admins" (`blueprint import okta` writes the groups Okta pushes) in security/privileged.yaml, a privileged group whose members need until and reason',
        '',
        'Not representable (6), reported, not adopted:',
        '  - permission set "AdministratorAccess": its permissions boundary arn:aws:iam::aws:policy/PowerUserAccess would be removed: Security\'s sets carry none',
        '  - permission set "LegacyOps": its inline policy cannot be written as inlinePolicy (Version: Invalid input: expected "2012-10-17"); it is not imported',
        '  - assignment of "read-only" in "dev" to user "jane.doe@acme.example": the blueprint grants access to groups only: grant it to a group the user is in (and remove the user assignment by hand after the first deploy), or leave it outside the blueprint',
        '  - assignment of "read-only" in 777777777777 to group "Engineering": its account is not an active account of the organization',
        '  - account "Acme Old" (777777777777): it is SUSPENDED; the config lists active accounts only, so it is left out',
        '  - OU "Sandbox" (ou-a1b2-44444444): it is nested in OU "Workloads Non-Prod"; the config\'s OUs are flat, so it is listed on its own and the nesting is not represented (the guardrail SCPs attach to every listed OU either way)',
        '',
        "Security's permission sets (security/privileged.yaml):",
        '  - administrator: admin-like managed policy AdministratorAccess',
        '  - administrator-access: admin-like managed policy AdministratorAccess',
        '  - billing: reaches the management account "management"',
        '  - security-audit: reaches the management account "management"',
      ].join('\n'),
    );
  });

  test('a set keeps its Identity Center name; a customer managed policy is referenced by ARN', () => {
    expect(file('it/aws-access.yaml')).toContain(
      [
        '  - id: data-lake',
        '    name: DataLake',
        '    sessionDuration: PT2H',
        '    managedPolicies: [ arn:aws:iam::111111111111:policy/teams/data/DataLakeRead ]',
      ].join('\n'),
    );
  });

  test('a TODO(import) comment sits before each item it concerns, or its list', () => {
    const todoBefore = (text: string, line: string) => {
      const lines = text.split('\n');
      const at = lines.indexOf(line);
      expect(at).toBeGreaterThan(0);
      return lines[at - 1].trim();
    };
    expect(todoBefore(file('it/aws-access.yaml'), '  - id: legacy-ops')).toBe(
      '# TODO(import): not representable: permission set "LegacyOps": its inline policy cannot be written as inlinePolicy (Version: Invalid input: expected "2012-10-17"); it is not imported',
    );
    expect(todoBefore(file('it/aws-access.yaml'), 'grants:')).toBe(
      '# TODO(import): not representable: assignment of "read-only" in 777777777777 to group "Engineering": its account is not an active account of the organization',
    );
    expect(todoBefore(file('security/privileged.yaml'), '  - id: administrator-access')).toMatch(
      /^# TODO\(import\): not representable: permission set "AdministratorAccess": its permissions boundary/,
    );
    expect(
      todoBefore(
        file('security/privileged.yaml'),
        '  - { group: platform-admins, permissionSet: administrator-access, accounts: [ prod ] }',
      ),
    ).toMatch(
      /^# TODO\(import\): grant of "administrator-access" to group "Platform Admins": group "Platform Admins" is not in this config/,
    );
    expect(
      todoBefore(file('org.yaml'), '    - { id: sandbox, name: Sandbox, ouId: ou-a1b2-44444444 }'),
    ).toMatch(/^# TODO\(import\): not representable: OU "Sandbox"/);
    expect(todoBefore(file('org.yaml'), '  accounts:')).toMatch(
      /^# TODO\(import\): not representable: account "Acme Old"/,
    );
  });

  test('what is not representable is kept out of the adoption ids', () => {
    const ids = JSON.parse(readFileSync(join(cwd, 'adopt/identity-center-ids.json'), 'utf8'));
    expect(Object.keys(ids.permissionSets)).toEqual([
      'administrator',
      'billing',
      'data-analyst',
      'data-lake',
      'developer',
      'read-only',
      'security-audit',
    ]);
    expect(Object.keys(ids.assignments).filter((k) => /administrator-access|legacy-ops/.test(k))).toEqual([]);
    expect(ids.assignments['data-analysts/data-lake/prod']).toEqual({
      principalId: groupPrincipalId('data-analysts'),
      accountId: '666666666666',
      permissionSetArn: arn('lake'),
    });
  });

  test('no mappings until the config validates; then --mapping-only writes them without calling AWS', async () => {
    expect(stdout).toContain(
      '\nNo cdk import mappings yet: config does not validate (1 error, 0 warnings).\n' +
        '  Fill the TODO(import) comments until `blueprint validate --config config` passes, then run\n' +
        '  `blueprint import aws --out config --mapping-only` (reads adopt/identity-center-ids.json, no AWS call).\n',
    );
    // A person decides: Platform Admins becomes a privileged group, Engineering loses
    // administrator, AdministratorAccess gets one-hour sessions.
    const doc = parseDocument(file('security/privileged.yaml'));
    doc.setIn(['permissionSets', 1, 'sessionDuration'], 'PT1H');
    doc.addIn(['groups'], {
      id: 'platform-admins',
      name: 'Platform Admins',
      members: [{ person: 'ravi-patel', until: '2027-01-31', reason: 'Platform on-call lead' }],
    });
    const grants = doc.getIn(['grants']) as { items: { get(k: string): unknown }[] };
    grants.items = grants.items.filter((g) => !(g.get('group') === 'engineering'));
    writeFileSync(join(cwd, 'config/security/privileged.yaml'), doc.toString());
    const io = captureIo(cwd);
    expect(await runImportAws({ out: 'config', mappingOnly: true }, io)).toBe(0);
    expect(io.stdout()).toBe(
      [
        '',
        'cdk import mappings (README "Adopt an existing Identity Center" says in which order):',
        '  wrote adopt/acme-it.permission-sets.json (4 permission sets)',
        '  wrote adopt/acme-it.assignments.json (5 assignments)',
        '  acme-it: 2 not adopted (the deploy creates them): AccessAssignmentsengineeringlegacyopsdev3E70E696 (assignment engineering/legacy-ops/dev), AccessPermissionSetslegacyops58A5AA9A (permission set legacy-ops)',
        '  wrote adopt/acme-security-access.permission-sets.json (3 permission sets)',
        '  wrote adopt/acme-security-access.assignments.json (13 assignments)',
        '  acme-security-access: 2 not adopted (the deploy creates them): AccessAssignmentsplatformadminsadministratoraccessprod44B1B066 (assignment platform-admins/administrator-access/prod), AccessPermissionSetsadministratoraccess999EE31B (permission set administrator-access)',
        '',
      ].join('\n'),
    );
  }, 20_000);
});
