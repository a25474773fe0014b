// The round trip at scale: the synthetic M org (1,000 people, 20 accounts, 10 permission sets,
// 40 grants) loaded into the Identity Center double, imported into its config without AWS
// access: the AWS access model comes back equal, every assignment adopted, and the calls the
// import makes are counted (pages of 2, so far more than with real pages of 100).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { runImportAws } from '../../../lib/cli/commands/import-aws';
import type { OrgModel } from '../../../lib/model/org-model';
import { checkOrg } from '../../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../../lib/synthetic/generate-org';
import { captureIo, TODAY } from '../../support/config-case';
import { identityCenterDouble, snapshotOfModel, virtualClock } from './support/identity-center-double';

const access = (m: OrgModel) => ({
  identityCenter: m.aws.identityCenter,
  accounts: m.aws.accounts.map(({ at: _at, ...a }) => a),
  ous: m.aws.ous,
  permissionSets: m.permissionSets.map(({ at: _at, ...s }) => ({
    ...s,
    managedPolicies: [...s.managedPolicies].sort(),
  })),
  assignments: m.grants
    .flatMap((g) => g.accounts.map((a) => `${g.side} ${g.group} ${g.permissionSet} ${a}`))
    .sort(),
});

test('the synthetic M org: AWS access equal after the round trip, every assignment adopted', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-m-'));
  const dir = join(cwd, 'config');
  writeOrg(dir, generateOrg({ size: 'M', today: TODAY }));
  const original = checkOrg(dir, { today: TODAY }).model!;
  const snapshot = snapshotOfModel(original);
  rmSync(join(dir, 'it/aws-access.yaml'));
  const privileged = parseDocument(readFileSync(join(dir, 'security/privileged.yaml'), 'utf8'));
  privileged.deleteIn(['permissionSets']);
  privileged.deleteIn(['grants']);
  writeFileSync(join(dir, 'security/privileged.yaml'), privileged.toString());

  const double = identityCenterDouble(snapshot, ['ListAccountAssignments', 'DescribePermissionSet']);
  const io = captureIo(cwd);
  expect(
    await runImportAws({ out: 'config', region: 'us-east-1' }, io, {
      clients: double.clients,
      clock: virtualClock(),
    }),
  ).toBe(0);
  const imported = checkOrg(dir, { today: TODAY });
  expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(access(imported.model!)).toEqual(access(original));

  const ids = JSON.parse(readFileSync(join(cwd, 'adopt/identity-center-ids.json'), 'utf8'));
  expect(Object.keys(ids.assignments)).toHaveLength(snapshot.assignments.length);
  expect(io.stdout()).not.toContain('not adopted');
  // Calls (2 retried) against the double's pages of 2; Identity Center's 20 TPS makes this a
  // lower bound of calls / 20 seconds.
  expect([double.calls.length, snapshot.assignments.length]).toEqual([248, 94]);
  expect(io.stdout()).toContain(`: ${double.calls.length} calls, 2 retried\n`);
}, 60_000);
