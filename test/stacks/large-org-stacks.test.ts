// The L synthetic org (10,000 people, 800 groups, 100 accounts): its account assignments are
// split across stacks so that no template exceeds CloudFormation's limits, deterministically.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planAssignmentShards } from '../../lib/aws/assignment-shards';
import { assignmentsFromGrants } from '../../lib/aws/grant-assignments';
import { nagFindings } from '../../lib/aws/nag-packs';
import type { OrgModel } from '../../lib/model/org-model';
import { ownerSlice } from '../../lib/model/partition';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';
import { MAX_RESOURCES, MAX_TEMPLATE_BYTES } from '../../stacks/cdk-plan-step';
import { type SynthesizedApp, synthApp, TODAY } from '../aws/support/synth-app';

let model: OrgModel;
let app: SynthesizedApp;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'blueprint-large-org-'));
  writeOrg(dir, generateOrg({ size: 'L', today: TODAY }));
  const checked = checkOrg(dir, { today: TODAY });
  if (!checked.model) throw new Error('the L synthetic org is invalid');
  model = checked.model;
  app = synthApp(model);
}, 30_000);

const sizes = () =>
  app.assembly.stacks.map((s) => ({
    name: s.stackName,
    resources: Object.keys(s.template.Resources ?? {}).length,
    bytes: JSON.stringify(s.template).length,
  }));

describe('a large org', () => {
  test('needs more than one stack for its IT assignments', () => {
    expect(app.itAccessShards.length).toBeGreaterThanOrEqual(2);
    expect(app.it.access.assignments).toBeUndefined();
    expect(app.stackNames).toEqual(
      expect.arrayContaining(['synthetic-it', 'synthetic-it-access-1', 'synthetic-it-access-2']),
    );
  });

  test(`keeps every stack within ${MAX_RESOURCES} resources and 1 MB`, () => {
    for (const s of sizes()) {
      expect({ name: s.name, ok: s.resources <= MAX_RESOURCES && s.bytes <= MAX_TEMPLATE_BYTES }).toEqual({
        name: s.name,
        ok: true,
      });
    }
  });

  test('declares every assignment of every grant exactly once, across the shards', () => {
    const expected = assignmentsFromGrants(model, ownerSlice(model, 'it')).length;
    const declared = app.assembly.stacks
      .filter((s) => s.stackName.startsWith('synthetic-it'))
      .flatMap((s) => Object.values(s.template.Resources ?? {}) as { Type: string }[])
      .filter((r) => r.Type === 'AWS::SSO::Assignment');
    expect(declared).toHaveLength(expected);
  });

  test('splits the same way every time', () => {
    const plan = () => planAssignmentShards(assignmentsFromGrants(model, ownerSlice(model, 'it')));
    expect(plan()).toEqual(plan());
    expect([...plan().shards.keys()]).toEqual(
      app.itAccessShards.map((s) => Number(s.stackName.split('-').pop())),
    );
  });

  test('passes cdk-nag in the shard stacks too', () => {
    expect(nagFindings(app.app)).toEqual([]);
  });
});
