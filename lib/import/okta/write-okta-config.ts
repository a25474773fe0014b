// The config files an Okta import writes, as text: people, groups and apps whole; in
// privileged.yaml only the groups and Okta admin roles (permission sets, grants and
// break-glass principals, which the AWS import or a person writes, are kept); in logging.yaml
// only the Okta log stream; in org.yaml only email domains it lacks. Into an empty folder,
// the rest comes from the starter config (`blueprint init`), so the result validates.
import { starterConfig } from '../../init/starter-config';
import type { ConfigFileKey } from '../../model/schema/files';
import { CONFIG_FILES } from '../../model/schema/files';
import type { Decision } from '../import-report';
import { YamlFile } from '../yaml-edit';
import type { OktaImport } from './map-okta-org';

/** How a decision is marked in a written file; a value without it counts as decided. */
export const TODO_MARK = 'TODO(import)';
const TODO = `${TODO_MARK}:`;

export interface WriteOptions {
  /** The Okta org read (written to org.yaml when the folder has none). */
  readonly orgUrl: string;
}

const path = (key: ConfigFileKey) => CONFIG_FILES[key].path;

function decisionsOf(imp: OktaImport, file: ConfigFileKey): Decision[] {
  return imp.report.decisions.filter((d) => d.file === file);
}

function annotate(file: YamlFile, decisions: readonly Decision[]): Set<string> {
  const noted = new Set<string>();
  for (const d of decisions) {
    file.noteAfter(d.path, `${TODO} ${d.todo}`);
    noted.add(JSON.stringify(d.path.slice(0, 2)));
  }
  return noted;
}

/** Indexes (under `list`) of entries with a comment, which stay in block style. */
const annotated = (noted: ReadonlySet<string>, list: string) =>
  new Set(
    [...noted]
      .map((k) => JSON.parse(k) as [string, number])
      .filter(([l]) => l === list)
      .map(([, i]) => i),
  );

function source(orgUrl: string) {
  return `Imported from the Okta org ${orgUrl} by \`blueprint import okta\`: settle every ${TODO} comment, then delete it.`;
}

function peopleFile(imp: OktaImport, orgUrl: string): string {
  const file = YamlFile.create(`IT-owned. Departments and people. ${source(orgUrl)}`);
  file.set('departments', imp.people.departments);
  file.set('people', imp.people.people, true);
  file.noteAbove(['people'], 'start is the day Okta activated (or created) the user: HR may know better.');
  const noted = annotate(file, decisionsOf(imp, 'people'));
  file.flowEntries(['departments']);
  file.flowEntries(['people'], annotated(noted, 'people'));
  return file.toString();
}

function groupsFile(imp: OktaImport, orgUrl: string): string {
  const file = YamlFile.create(
    `IT-owned. Everyday groups: rule-based or explicit, never both. ${source(orgUrl)}`,
  );
  file.set('groups', imp.groups.groups);
  annotate(file, decisionsOf(imp, 'groups'));
  imp.groups.groups.forEach((g, i) => {
    if (g.rule) file.flowEntries(['groups', i, 'rule']);
    file.flowEntries(['groups', i, 'members']);
  });
  return file.toString();
}

function appsFile(imp: OktaImport, orgUrl: string): string {
  const file = YamlFile.create(`IT-owned. SSO apps and the groups that get them. ${source(orgUrl)}`);
  file.set('apps', imp.apps.apps);
  annotate(file, decisionsOf(imp, 'apps'));
  for (const n of imp.appNotes) file.noteAbove(n.path, n.note);
  imp.apps.apps.forEach((_, i) => {
    file.flowEntries(['apps', i, 'sso', 'attributes']);
  });
  return file.toString();
}

function privilegedFile(imp: OktaImport, existing: string | undefined, orgUrl: string): string {
  const file = existing
    ? YamlFile.parse(existing, path('privileged'))
    : YamlFile.create(
        `Security-owned. Privileged access; every membership needs until and reason. ${source(orgUrl)}`,
      );
  file.set('groups', imp.privileged.groups);
  if (!existing) {
    file.set('permissionSets', [], true);
    file.set('grants', [], true);
  }
  file.set('oktaAdminRoles', imp.privileged.oktaAdminRoles, true);
  if (!existing) file.set('breakGlass', [], true);
  annotate(file, decisionsOf(imp, 'privileged'));
  file.flowEntries(['oktaAdminRoles']);
  return file.toString();
}

function loggingFile(imp: OktaImport, text: string): string {
  const file = YamlFile.parse(text, path('logging'));
  if (!imp.logStream) return text;
  const kept = file.get(['oktaLogStream', 'archiveRetention']);
  file.set('oktaLogStream', {
    ...imp.logStream,
    ...(typeof kept === 'string' ? { archiveRetention: kept } : {}),
  });
  return file.toString();
}

function orgFile(imp: OktaImport, text: string, fresh: boolean, orgUrl: string): string {
  const file = YamlFile.parse(text, path('org'));
  const domains = (file.get(['domains']) as { toJSON(): string[] } | undefined)?.toJSON() ?? [];
  const missing = imp.domains.filter((d) => !domains.includes(d));
  if (fresh) {
    file.set('domains', imp.domains.length ? [...imp.domains] : domains);
    file.doc.setIn(['okta', 'orgUrl'], orgUrl);
    if (!/^https:\/\/[a-z0-9-]+\.(?:okta|oktapreview|okta-emea)\.com$/.test(orgUrl)) {
      file.doc.setIn(['okta', 'orgUrl'], 'https://example.okta.com');
      file.noteAfter(
        ['okta', 'orgUrl'],
        `${TODO} the org was read at ${orgUrl}; write its https://<name>.okta.com URL`,
      );
    }
  } else if (missing.length > 0) {
    file.set('domains', [...domains, ...missing]);
    file.noteAbove(
      ['domains'],
      `${TODO} ${missing.join(', ')} added: people in Okta have email addresses there; keep only your own domains`,
    );
  }
  const node = file.doc.getIn(['domains'], true) as { flow?: boolean } | undefined;
  if (node) node.flow = true;
  return file.toString();
}

/**
 * The files to write, relative to the config folder. `existing` holds the folder's config
 * files as they are (empty for a new folder).
 */
export function oktaConfigFiles(
  imp: OktaImport,
  existing: Readonly<Record<string, string>>,
  options: WriteOptions,
): Record<string, string> {
  const fresh = existing[path('org')] === undefined;
  const base: Record<string, string> = fresh ? freshBase(imp) : {};
  const current = (key: ConfigFileKey) => existing[path(key)] ?? base[path(key)];
  const files: Record<string, string> = { ...base };
  files[path('org')] = orgFile(imp, current('org'), fresh, options.orgUrl);
  files[path('people')] = peopleFile(imp, options.orgUrl);
  files[path('groups')] = groupsFile(imp, options.orgUrl);
  files[path('apps')] = appsFile(imp, options.orgUrl);
  files[path('privileged')] = privilegedFile(imp, existing[path('privileged')], options.orgUrl);
  const logging = current('logging');
  if (logging !== undefined && (imp.logStream || fresh)) files[path('logging')] = loggingFile(imp, logging);
  return files;
}

/** What a new folder gets besides the imported files: the starter config, less its examples. */
function freshBase(imp: OktaImport): Record<string, string> {
  const counts = new Map<string, number>();
  for (const p of imp.people.people) {
    const d = p.email.split('@')[1];
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const domain = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'example.com';
  const name = domain.split('.')[0].replace(/^./, (c) => c.toUpperCase());
  const starter = starterConfig({ name, domain, teams: ['it', 'security'], accounts: [] });
  const empty = (header: string, data: Record<string, unknown>) => {
    const file = YamlFile.create(header);
    for (const [k, v] of Object.entries(data)) file.set(k, v);
    return file.toString();
  };
  return {
    [path('org')]: starter[path('org')],
    [path('logging')]: starter[path('logging')],
    [path('monitoring')]: starter[path('monitoring')],
    [path('awsAccess')]: empty(
      'IT-owned. Everyday AWS access: permission sets and group grants (`blueprint import aws` fills them).',
      {
        permissionSets: [],
        grants: [],
      },
    ),
    [path('lifecycle')]: empty(
      'IT-owned. Joiner/mover/leaver timings. Birthright groups: TODO(import) name the groups every joiner gets.',
      {
        birthright: [],
      },
    ),
    [path('guardrails')]: empty('Security-owned. Risk tolerances (defaults; see README for every setting).', {
      privilegedAccess: { maxMembership: 'P90D', maxSessionDuration: 'PT1H' },
      mfa: { requiredFromRisk: 'high' },
    }),
  };
}
