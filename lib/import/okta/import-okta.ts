// `blueprint import okta` without its input and output: from what was read of Okta and the
// config folder as it is, the files to write, the check of the config they make (the
// blueprint's own loader and guardrails), the adopting Pulumi import files and the summary.
import { isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';
import type { ConfigReader } from '../../model/load-config';
import { CONFIG_FILES } from '../../model/schema/files';
import { guardrailsFile } from '../../model/schema/guardrails';
import { oktaDesiredState } from '../../okta/desired-state';
import { type CheckedOrg, checkOrg } from '../../policy/check-org';
import { IMPORT_DIR } from '../import-artifacts';
import { renderSummary } from '../import-summary';
import type { YamlPath } from '../yaml-edit';
import { type ImportContext, membershipKey } from './import-context';
import { PLACEHOLDER_REASON } from './map-groups';
import { mapOktaOrg, type OktaImport } from './map-okta-org';
import type { OktaSnapshot } from './okta-snapshot';
import { importFileJson, type PulumiImportPlan, pulumiImportPlan } from './pulumi-import-file';
import { oktaConfigFiles, TODO_MARK } from './write-okta-config';

export { IMPORT_DIR };

export interface OktaImportResult {
  readonly imported: OktaImport;
  /** Config files to write (relative paths) and the adoption artifacts under IMPORT_DIR. */
  readonly files: Readonly<Record<string, string>>;
  readonly checked: CheckedOrg;
  readonly adoption?: PulumiImportPlan;
  readonly summary: string;
}

type Loose = Record<string, unknown> | undefined;
const asList = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : [];

/** What the existing files say that the import needs; lenient, since they may not validate yet. */
export function importContext(existing: Readonly<Record<string, string>>, today: string): ImportContext {
  const read = (key: keyof typeof CONFIG_FILES): Loose => {
    const text = existing[CONFIG_FILES[key].path];
    try {
      return text === undefined ? undefined : (parse(text) as Loose);
    } catch {
      return undefined;
    }
  };
  const org = read('org');
  const privileged = read('privileged');
  const guardrails = guardrailsFile.safeParse(read('guardrails') ?? {});
  const teams = asList(org?.teams);
  const aws = (org?.aws ?? {}) as Record<string, unknown>;
  return {
    today,
    itTeam: String(teams.find((t) => t.side === 'it')?.id ?? 'it'),
    guardrails: guardrails.success ? guardrails.data : guardrailsFile.parse({}),
    accounts: asList(aws.accounts).map((a) => ({ id: String(a.id), accountId: String(a.accountId) })),
    privilegedGroupIds: new Set([
      ...asList(privileged?.grants).map((g) => String(g.group)),
      ...asList(privileged?.groups).map((g) => String(g.id)),
    ]),
    privilegedGroupNames: new Set(asList(privileged?.groups).map((g) => String(g.name))),
    decided: decidedBefore(existing),
  };
}

/** Fields of `list` entries whose value carries no TODO(import) comment any more: decided. */
function decidedFields(
  text: string | undefined,
  list: YamlPath,
  fields: readonly string[],
): Record<string, unknown>[] {
  if (text === undefined) return [];
  const doc = parseDocument(text);
  const items = doc.getIn(list, true);
  if (doc.errors.length > 0 || !isSeq(items)) return [];
  return items.items.map((item) => {
    const decided: Record<string, unknown> = {};
    if (!isMap(item)) return decided;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key === 'id' || key === 'person')
        decided[key] = isScalar(pair.value) ? pair.value.value : undefined;
      else if (
        fields.includes(key) &&
        isScalar(pair.value) &&
        !String(pair.value.comment ?? '').includes(TODO_MARK)
      )
        decided[key] = pair.value.value;
    }
    return decided;
  });
}

/** Decisions already made in the folder's apps.yaml and privileged.yaml (an import run again). */
function decidedBefore(existing: Readonly<Record<string, string>>): NonNullable<ImportContext['decided']> {
  const apps = decidedFields(
    existing[CONFIG_FILES.apps.path],
    ['apps'],
    ['owner', 'risk', 'data', 'vendor', 'lastVendorReview'],
  );
  const privileged = existing[CONFIG_FILES.privileged.path];
  const groups = decidedFields(privileged, ['groups'], []);
  const memberships = new Map<string, { until?: string; reason?: string }>();
  groups.forEach((g, i) => {
    for (const m of decidedFields(privileged, ['groups', i, 'members'], ['until', 'reason']))
      memberships.set(membershipKey(String(g.id), String(m.person)), {
        ...(typeof m.until === 'string' ? { until: m.until } : {}),
        ...(typeof m.reason === 'string' && m.reason !== PLACEHOLDER_REASON ? { reason: m.reason } : {}),
      });
  });
  return { apps: new Map(apps.map((a) => [String(a.id), a])), memberships };
}

const memoryReader = (files: Readonly<Record<string, string>>): ConfigReader => ({
  list: () => Object.keys(files).sort(),
  read: (rel) => files[rel],
});

/**
 * Group Push mappings are adopted where the program pushes the same group (one with AWS access,
 * to a provisioned Identity Center app); any other mapping stays in Okta, unmanaged, and says so.
 */
function reportPushes(imported: OktaImport, declared: ReadonlySet<string>): void {
  for (const push of imported.pushes) {
    if (declared.has(push.name)) {
      imported.report.countImported('group pushes');
      if (push.status !== 'ACTIVE')
        imported.report.cannotSay(
          'group pushes',
          push.item,
          `it is ${push.status} in Okta; the first deploy activates it`,
        );
    } else
      imported.report.cannotSay(
        'group pushes',
        push.item,
        'the config pushes only groups with AWS access (a grant in aws-access.yaml or privileged.yaml) to a provisioned Identity Center app: the mapping stays in Okta, unmanaged',
      );
  }
}

export function importOkta(
  snapshot: OktaSnapshot,
  existing: Readonly<Record<string, string>>,
  options: { readonly today: string; readonly display: string },
): OktaImportResult {
  const imported = mapOktaOrg(snapshot, importContext(existing, options.today));
  const configFiles = oktaConfigFiles(imported, existing, { orgUrl: snapshot.orgUrl });
  const merged = { ...existing, ...configFiles };
  const checked = checkOrg(options.display, {
    today: options.today,
    display: options.display,
    reader: memoryReader(merged),
  });
  const desired = checked.model ? oktaDesiredState(checked.model) : undefined;
  const adoption = desired ? pulumiImportPlan(desired, imported.importIds) : undefined;
  if (desired) reportPushes(imported, new Set(desired.flatMap((s) => s.resources.map((r) => r.name))));
  const files: Record<string, string> = { ...configFiles };
  for (const [stack, file] of Object.entries(adoption?.files ?? {}))
    files[`${IMPORT_DIR}/pulumi-import-okta-${stack}.json`] = importFileJson(file);
  const notes = adoption
    ? [
        `Adoption: ${adoption.adoptions} Okta resources to import (pulumi import --file ${IMPORT_DIR}/pulumi-import-okta-<stack>.json), ${adoption.creates.length} the first deploy creates${adoption.creates.length ? ':' : '.'}`,
        ...adoption.creates.map((c) => `  create ${c.stack}: ${c.name} (${c.type})`),
      ]
    : ['Adoption: none written; the config does not validate yet (see the errors above).'];
  const summary = renderSummary(`Okta import of ${snapshot.orgUrl}`, imported.report, { notes });
  files[`${IMPORT_DIR}/okta-summary.txt`] = summary;
  return { imported, files, checked, ...(adoption ? { adoption } : {}), summary };
}
