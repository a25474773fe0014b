// An Okta org, read, → the config files the Okta import owns (people, groups, apps, the
// privileged groups and admin roles of privileged.yaml, the log stream of logging.yaml), the
// decisions and what cannot be said, and the Okta id of every resource the Pulumi program
// would declare for them (logical name → id), for the adopting import file.
import { oktaName } from '../../okta/names';
import { appName } from '../../okta/specs/apps';
import { groupName } from '../../okta/specs/groups';
import { ImportReport } from '../import-report';
import type { ImportContext } from './import-context';
import { type AppEntry, mapApps, type Note, type PushMapping } from './map-apps';
import { type GroupEntry, mapGroups } from './map-groups';
import { mapPeople, type PersonEntry, userImportIds } from './map-people';
import { mapSecurity } from './map-security';
import type { OktaSnapshot } from './okta-snapshot';
import { stackScoped } from './pulumi-import-file';

/** `assignmentGroupId` of lib/okta/specs/identity-center-app.ts, for an app id. */
const assignmentGroupKey = (appId: string) => `${appId}.assigned`;

export interface OktaImport {
  readonly people: { departments: { id: string; name: string }[]; people: PersonEntry[] };
  readonly groups: { groups: GroupEntry[] };
  readonly apps: { apps: AppEntry[] };
  /** The keys of privileged.yaml the Okta import owns. */
  readonly privileged: {
    groups: GroupEntry[];
    oktaAdminRoles: { group: string; role: string; targetGroups?: string[] }[];
  };
  readonly logStream?: { name: string; account: string; region: string; archiveRetention: string };
  /** Email domains of the people, sorted: org.yaml must list each. */
  readonly domains: readonly string[];
  readonly appNotes: readonly Note[];
  /** Group Push mappings of config groups: adopted where the config pushes the group too. */
  readonly pushes: readonly PushMapping[];
  readonly report: ImportReport;
  /** Logical name of each Pulumi resource (or `stack:name`, for a name both stacks use) → its Okta import id. */
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
    new Set(groups.assignmentGroups.map((a) => a.oktaId)),
    people.personOf,
    security.blueprintPolicyIds,
    context,
    report,
  );
  // The blueprint's Identity Center assignment groups: adopted under the names the program gives them.
  const assignmentIds = new Map<string, string>();
  for (const a of groups.assignmentGroups) {
    const entry = apps.apps.find((x) => x.name === a.appLabel);
    const appOktaId = entry && apps.importIds.get(appName(entry.id));
    if (!entry || !appOktaId) continue;
    const key = assignmentGroupKey(entry.id);
    const inStack = (name: string) => stackScoped(a.stack, name);
    assignmentIds.set(inStack(groupName(key)), a.oktaId);
    if (a.hasMembers) assignmentIds.set(inStack(oktaName('group-members', key)), a.oktaId);
    assignmentIds.set(inStack(oktaName('app-group', entry.id, key)), `${appOktaId}/${a.oktaId}`);
  }
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
    pushes: apps.pushes,
    report,
    importIds: new Map([
      ...userImportIds(people),
      ...groups.importIds,
      ...apps.importIds,
      ...security.importIds,
      ...assignmentIds,
    ]),
  };
}
