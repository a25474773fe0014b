// An Okta org, read, → the config files the Okta import owns (people, groups, apps, the
// privileged groups and admin roles of privileged.yaml, the log stream of logging.yaml), the
// decisions and what cannot be said, and the Okta id of every resource the Pulumi program
// would declare for them (logical name → id), for the adopting import file.
import { ImportReport } from '../import-report';
import type { ImportContext } from './import-context';
import { type AppEntry, mapApps, type Note } from './map-apps';
import { type GroupEntry, mapGroups } from './map-groups';
import { mapPeople, type PersonEntry, userImportIds } from './map-people';
import { mapSecurity } from './map-security';
import type { OktaSnapshot } from './okta-snapshot';

export interface OktaImport {
  readonly people: { departments: { id: string; name: string }[]; people: PersonEntry[] };
  readonly groups: { groups: GroupEntry[] };
  readonly apps: { apps: AppEntry[] };
  /** The keys of privileged.yaml the Okta import owns. */
  readonly privileged: { groups: GroupEntry[]; oktaAdminRoles: { group: string; role: string }[] };
  readonly logStream?: { name: string; account: string; region: string; archiveRetention: string };
  /** Email domains of the people, sorted: org.yaml must list each. */
  readonly domains: readonly string[];
  readonly appNotes: readonly Note[];
  readonly report: ImportReport;
  /** Logical name of each Pulumi resource → its Okta import id. */
  readonly importIds: ReadonlyMap<string, string>;
}

export function mapOktaOrg(snapshot: OktaSnapshot, context: ImportContext): OktaImport {
  const report = new ImportReport();
  const people = mapPeople(snapshot, context.today, report);
  const groups = mapGroups(snapshot, people, context, report);
  const security = mapSecurity(snapshot, context, report);
  const apps = mapApps(
    snapshot,
    groups.groupOf,
    new Set(groups.privileged.map((g) => g.id)),
    people.personOf,
    security.blueprintMfaPolicyId,
    context,
    report,
  );
  const departments = [...people.departments, ...groups.ruleDepartments].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  return {
    people: { departments, people: people.people },
    groups: { groups: groups.groups },
    apps: { apps: apps.apps },
    privileged: { groups: groups.privileged, oktaAdminRoles: groups.oktaAdminRoles },
    ...(security.logStream ? { logStream: security.logStream } : {}),
    domains: people.domains,
    appNotes: apps.notes,
    report,
    importIds: new Map([
      ...userImportIds(people),
      ...groups.importIds,
      ...apps.importIds,
      ...security.importIds,
    ]),
  };
}
