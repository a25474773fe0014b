// The round trip: the synthetic M org (1,000 people) created in a fake Okta the way the
// Pulumi program would create it → `blueprint import okta` → a config that validates and
// whose Okta desired state is the original's, resource for resource (matched through their
// Okta ids), and whose Pulumi import files adopt every resource: 0 creates, 0 deletes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportOkta } from '../../../lib/cli/commands/import';
import type { Io } from '../../../lib/cli/io';
import { loadOrg } from '../../../lib/model/load-org';
import type { OrgModel } from '../../../lib/model/org-model';
import { oktaDesiredState } from '../../../lib/okta/desired-state';
import type { StackSpec } from '../../../lib/okta/spec';
import { generateOrg, writeOrg } from '../../../lib/synthetic/generate-org';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../../../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../../../test-doubles/okta/fake-okta-state';
import { awsImportFiles, byOktaId } from '../support/round-trip';
import { seedOktaFromDesiredState } from '../support/seed-okta-from-desired-state';

const TODAY = '2026-12-01';
const NOW = Date.parse(`${TODAY}T09:00:00Z`);

let fake: FakeOktaServer;
let original: OrgModel;
let seeded: ReturnType<typeof seedOktaFromDesiredState>;
let out: string;
let code: number;
let printed = '';
let dirs: string[] = [];

beforeAll(async () => {
  const files = generateOrg({ size: 'M', today: TODAY });
  const src = mkdtempSync(join(tmpdir(), 'import-m-src-'));
  out = mkdtempSync(join(tmpdir(), 'import-m-out-'));
  dirs = [src, out];
  writeOrg(src, files);
  original = loadOrg(src, { today: TODAY }).model!;
  const state = new FakeOktaState(() => NOW);
  seeded = seedOktaFromDesiredState(state, oktaDesiredState(original), original);
  fake = await FakeOktaServer.start(state, { now: () => NOW, rateLimitPerMinute: 100_000 });
  writeOrg(out, awsImportFiles(files, original));
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
  code = await runImportOkta({ out: '.' }, io);
}, 60_000);
afterAll(async () => {
  await fake?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('the import reads Okta only, within its contract, and writes a config that validates', () => {
  expect(fake.violations).toEqual([]);
  expect(fake.mutations()).toEqual([]);
  expect(printed).toContain('✓ the imported config is valid');
  expect(code).toBe(0);
});

test('the import files adopt every resource of every stack: 0 creates', () => {
  expect(printed).toContain('0 the first deploy creates.');
  expect(readdirSync(join(out, '.import')).sort()).toEqual([
    'okta-summary.txt',
    'pulumi-import-okta-it.json',
    'pulumi-import-okta-security.json',
  ]);
});

test("the imported config's Okta desired state is the original's, resource for resource", () => {
  const imported = loadOrg(out, { today: TODAY }).model!;
  const importFile = (stack: string) =>
    new Map(
      (
        JSON.parse(readFileSync(join(out, '.import', `pulumi-import-okta-${stack}.json`), 'utf8'))
          .resources as { name: string; id?: string }[]
      )
        .filter((r) => r.id)
        .map((r) => [r.name, r.id!]),
    );
  const lookupsOf = (stack: StackSpec) => (name: string) => {
    const l = stack.lookups.find((x) => x.name === name)!;
    return l.kind === 'invoke' ? JSON.stringify(l.args) : l.stack;
  };
  const before = oktaDesiredState(original);
  const after = oktaDesiredState(imported);
  expect(after.map((s) => s.stack)).toEqual(before.map((s) => s.stack));
  for (const [i, stack] of before.entries()) {
    // Lookups of the security stack find people by login, apps by label: the same on both sides.
    const was = byOktaId(stack, seeded.ids.get(stack.stack)!, lookupsOf(stack));
    const now = byOktaId(after[i], importFile(stack.stack), lookupsOf(after[i]));
    expect(Object.keys(now).length).toBe(Object.keys(was).length);
    expect(now).toEqual(was);
  }
});
