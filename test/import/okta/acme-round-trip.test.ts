// The example org (config/) round trip: Acme as the Pulumi program would have created it in
// a fake Okta (leavers suspended by the lifecycle, the Identity Center app provisioned with
// its assignment groups and Group Push mappings) → import → the same Okta desired state, every
// resource adopted: the first deploy creates nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runImportOkta } from '../../../lib/cli/commands/import';
import type { Io } from '../../../lib/cli/io';
import { loadOrg } from '../../../lib/model/load-org';
import { oktaDesiredState } from '../../../lib/okta/desired-state';
import type { StackSpec } from '../../../lib/okta/spec';
import { writeOrg } from '../../../lib/synthetic/generate-org';
import { FAKE_OKTA_TOKEN, FakeOktaServer } from '../../../test-doubles/okta/fake-okta-server';
import { FakeOktaState } from '../../../test-doubles/okta/fake-okta-state';
import { awsImportFiles, byOktaId } from '../support/round-trip';
import { seedOktaFromDesiredState } from '../support/seed-okta-from-desired-state';

const TODAY = '2026-11-23';
const NOW = Date.parse(`${TODAY}T09:00:00Z`);
const CONFIG = resolve(__dirname, '../../../config');
const FILES = [
  'org.yaml',
  'it/people.yaml',
  'it/groups.yaml',
  'it/apps.yaml',
  'it/aws-access.yaml',
  'it/lifecycle.yaml',
  'security/privileged.yaml',
  'security/logging.yaml',
  'security/monitoring.yaml',
  'security/guardrails.yaml',
];

test('Acme: imported back with the same desired state; every resource adopted, the Group Push mappings too', async () => {
  const original = loadOrg(CONFIG, { today: TODAY }).model!;
  const stacks = oktaDesiredState(original);
  const state = new FakeOktaState(() => NOW);
  const seeded = seedOktaFromDesiredState(state, stacks, original);
  // One mapping whose last push failed: still adopted, and the summary says the deploy activates it.
  const failed = state.apps.flatMap((a) => a.pushMappings ?? [])[0];
  failed.status = 'ERROR';
  const fake = await FakeOktaServer.start(state, { now: () => NOW, rateLimitPerMinute: 100_000 });
  const out = mkdtempSync(join(tmpdir(), 'import-acme-'));
  try {
    const files = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(CONFIG, f), 'utf8')]));
    writeOrg(out, awsImportFiles(files, original));
    let printed = '';
    const io: Io = {
      out: (t) => {
        printed += t;
      },
      err: () => {},
      cwd: out,
      env: { OKTA_ORG_URL: fake.url, OKTA_API_TOKEN: FAKE_OKTA_TOKEN, BLUEPRINT_TODAY: TODAY },
      interactive: false,
    };
    expect(await runImportOkta({ out: '.' }, io)).toBe(0);
    expect(fake.violations).toEqual([]);
    const imported = loadOrg(out, { today: TODAY }).model!;
    const after = oktaDesiredState(imported);
    const pushes = after.flatMap((s) =>
      s.resources.filter((r) => r.type === 'okta:index/pushGroup:PushGroup'),
    );
    expect(pushes.length).toBeGreaterThan(0);
    expect(printed).toContain(', 0 the first deploy creates.\n');
    expect(printed).toMatch(
      /app aws-iam-identity-center pushes [a-z-]+: it is ERROR in Okta; the first deploy activates it/,
    );
    expect(printed).toMatch(new RegExp(`\\| group pushes +\\| +${pushes.length} \\|`));

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
    // Acme's explicit groups have ids no Okta field holds (aws-admins is "AWS Administrators"):
    // imported, they are named after their display names, which shows only where an input is
    // made of group ids: the assignment groups' descriptions (the first deploy rewrites them),
    // and the order of a session policy's groups (a set to Okta).
    const idDerived = (resources: Record<string, { inputs: unknown }>) =>
      JSON.parse(
        JSON.stringify(resources, (key, value) =>
          key === 'groupsIncluded'
            ? [...value].sort()
            : key === 'description' && /maintained by org-blueprint/.test(value)
              ? 'names group ids'
              : value,
        ),
      );
    for (const [i, stack] of stacks.entries())
      expect(idDerived(byOktaId(after[i], importFile(stack.stack), lookupsOf(after[i])))).toEqual(
        idDerived(byOktaId(stack, seeded.ids.get(stack.stack)!, lookupsOf(stack))),
      );
  } finally {
    await fake.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 30_000);
