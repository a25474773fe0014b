// The round trip: the example org's AWS access, loaded into the Identity Center double the way
// the blueprint's CDK app would have created it → `blueprint import aws` into a config folder
// that has everything but its AWS access → a config that validates, whose AWS access model
// equals the original, and cdk import mappings whose logical ids are exactly the Identity
// Center resources the app synthesizes on the imported config (nothing left to create).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { runImportAws } from '../../../lib/cli/commands/import-aws';
import type { OrgModel } from '../../../lib/model/org-model';
import { checkOrg } from '../../../lib/policy/check-org';
import { synthApp } from '../../aws/support/synth-app';
import { captureIo, TODAY } from '../../support/config-case';
import { identityCenterDouble, snapshotOfModel, virtualClock } from './support/identity-center-double';

const EXAMPLE = resolve(__dirname, '../../../config');
const original = checkOrg(EXAMPLE, { today: TODAY }).model!;
const snapshot = snapshotOfModel(original);

/**
 * The example config without its AWS access (sets, grants, accounts, the AWS ids of its OUs):
 * what `blueprint init` and `blueprint import okta` leave.
 */
function configWithoutAwsAccess(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-aws-'));
  cpSync(EXAMPLE, join(cwd, 'config'), { recursive: true });
  rmSync(join(cwd, 'config/it/aws-access.yaml'));
  const edit = (file: string, paths: (string | number)[][]) => {
    const doc = parseDocument(readFileSync(join(cwd, 'config', file), 'utf8'));
    for (const p of paths) doc.deleteIn(p);
    writeFileSync(join(cwd, 'config', file), doc.toString());
  };
  edit('security/privileged.yaml', [['permissionSets'], ['grants']]);
  // The OUs as `blueprint init` writes them: names, no AWS ids.
  edit('org.yaml', [
    ['aws', 'organizationId'],
    ['aws', 'identityCenter'],
    ['aws', 'accounts'],
    ...[0, 1, 2].map((i) => ['aws', 'ous', i, 'ouId']),
  ]);
  return cwd;
}

/** The AWS access of a model, without source positions. */
function awsAccess(m: OrgModel) {
  return {
    organizationId: m.aws.organizationId,
    identityCenter: m.aws.identityCenter,
    ous: m.aws.ous,
    accounts: m.aws.accounts.map(({ at: _at, ...a }) => a),
    // Identity Center keeps no order of a set's managed policies.
    permissionSets: m.permissionSets.map(({ at: _at, ...s }) => ({
      ...s,
      managedPolicies: [...s.managedPolicies].sort(),
    })),
    assignments: m.grants
      .flatMap((g) => g.accounts.map((a) => `${g.side} ${g.group} ${g.permissionSet} ${a}`))
      .sort(),
  };
}

let cwd: string;
let stdout: string;
let imported: OrgModel;

beforeAll(async () => {
  cwd = configWithoutAwsAccess();
  const io = captureIo(cwd);
  const double = identityCenterDouble(snapshot, ['ListAccountAssignments']);
  expect(
    await runImportAws({ out: 'config', region: 'eu-west-1' }, io, {
      clients: double.clients,
      clock: virtualClock(),
    }),
  ).toBe(0);
  stdout = io.stdout();
  const checked = checkOrg(join(cwd, 'config'), { today: TODAY });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  imported = checked.model!;
}, 30_000);

describe('import aws: the example org round trip', () => {
  test('the imported config validates and its AWS access model equals the original', () => {
    expect(awsAccess(imported)).toEqual(awsAccess(original));
  });

  test('the summary: everything read is written and adopted; nothing to decide, nothing unrepresentable', () => {
    expect(stdout).toContain(
      [
        '| kind            | read | written | adopted | needs a decision | not representable |',
        '|-----------------|-----:|--------:|--------:|-----------------:|------------------:|',
        '| permission sets |    6 |       6 |       6 |                0 |                 0 |',
        '| assignments     |   17 |      17 |      17 |                0 |                 0 |',
        '| accounts        |    6 |       6 |       — |                0 |                 0 |',
        '| OUs             |    3 |       3 |       — |                0 |                 0 |',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        "Security's permission sets (security/privileged.yaml):",
        '  - administrator: admin-like managed policy AdministratorAccess',
        '  - billing: reaches the management account "management"',
        '  - security-audit: reaches the management account "management"',
      ].join('\n'),
    );
    expect(stdout).not.toContain('TODO');
    expect(stdout).not.toContain('not adopted');
  });

  test("privileged.yaml keeps Security's groups, admin roles and break-glass, with their comments", () => {
    const text = readFileSync(join(cwd, 'config/security/privileged.yaml'), 'utf8');
    expect(text).toMatch(/^# Security-owned\. Privileged access/);
    expect(text).toContain('# IAM principals kept for emergencies only: any use raises an alarm.');
    expect(text).toContain(
      '  - { group: aws-admins, permissionSet: administrator, accounts: [ audit, dev, log-archive, management, prod, staging ] }',
    );
  });

  describe('the cdk import mappings', () => {
    let app: ReturnType<typeof synthApp>;
    const mapping = (file: string) => JSON.parse(readFileSync(join(cwd, 'adopt', file), 'utf8'));
    beforeAll(() => {
      app = synthApp(imported);
    });

    test('one per stack and step, for the stacks that hold Identity Center resources', () => {
      expect(
        ['acme-it', 'acme-security-access'].flatMap((s) =>
          ['permission-sets', 'assignments'].map((step) =>
            existsSync(join(cwd, 'adopt', `${s}.${step}.json`)),
          ),
        ),
      ).toEqual([true, true, true, true]);
    });

    test.each(['acme-it', 'acme-security-access'])(
      '%s: exactly the synthesized permission sets and assignments, each with its Identity Center ids',
      (stack) => {
        const resources = app.assembly.getStackByName(stack).template.Resources as Record<
          string,
          // biome-ignore lint/suspicious/noExplicitAny: template JSON
          { Type: string; Properties: any }
        >;
        const ofType = (type: string) =>
          Object.keys(resources)
            .filter((id) => resources[id].Type === type)
            .sort();
        const sets = mapping(`${stack}.permission-sets.json`);
        const assignments = mapping(`${stack}.assignments.json`);
        expect(Object.keys(sets).sort()).toEqual(ofType('AWS::SSO::PermissionSet'));
        expect(Object.keys(assignments).sort()).toEqual(ofType('AWS::SSO::Assignment'));
        for (const [id, ids] of Object.entries<Record<string, string>>(sets)) {
          const served = snapshot.permissionSets.find((ps) => ps.name === resources[id].Properties.Name)!;
          expect(ids).toEqual({ InstanceArn: snapshot.instanceArn, PermissionSetArn: served.arn });
        }
        for (const [id, ids] of Object.entries<Record<string, string>>(assignments)) {
          const p = resources[id].Properties;
          const set = p.PermissionSetArn['Fn::GetAtt'][0];
          const lookup = resources[p.PrincipalId['Fn::GetAtt'][0]].Properties.Create;
          expect(ids).toEqual({
            InstanceArn: snapshot.instanceArn,
            PermissionSetArn: sets[set].PermissionSetArn,
            PrincipalId: ids.PrincipalId,
            PrincipalType: 'GROUP',
            TargetId: p.TargetId,
            TargetType: 'AWS_ACCOUNT',
          });
          expect(JSON.stringify(lookup)).toContain(
            `\\"AttributeValue\\":\\"${snapshot.groups.get(ids.PrincipalId)}\\"`,
          );
        }
      },
    );
  });
});
