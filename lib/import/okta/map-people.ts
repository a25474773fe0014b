// Okta users → people.yaml: one person per user, the id from the email's local part, the
// department from the profile's department name. What Okta does not know (a title, a
// department, the employment type, a start date for a user never activated, the last day of
// one suspended) gets a placeholder and a TODO; profile attributes the config has no field
// for are reported and left in Okta.
import { addDays } from '../../model/calendar-date';
import { splitName } from '../../okta/specs/user-profile';
import { userName } from '../../okta/specs/users';
import { configId, IdAllocator } from '../config-id';
import type { ImportReport } from '../import-report';
import type { OktaSnapshot, SnapshotUser } from './okta-snapshot';

/** Profile attributes the blueprint sets on every user (lib/okta/specs/user-profile.ts). */
export const MANAGED_PROFILE_ATTRIBUTES = [
  'department',
  'displayName',
  'email',
  'firstName',
  'lastName',
  'login',
  'manager',
  'managerId',
  'title',
  'userType',
] as const;

/** The department people land in when Okta has none for them. */
export const UNASSIGNED_DEPARTMENT = { id: 'unassigned', name: 'Unassigned' } as const;

export interface PersonEntry {
  id: string;
  name: string;
  email: string;
  department: string;
  title: string;
  manager?: string;
  type: 'employee' | 'contractor';
  start: string;
  end?: string;
}

export interface MappedPeople {
  readonly departments: { id: string; name: string }[];
  readonly people: PersonEntry[];
  /** Okta user id → person id. */
  readonly personOf: ReadonlyMap<string, string>;
  /** Email domains, sorted. */
  readonly domains: string[];
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const day = (timestamp: string | undefined) => timestamp?.slice(0, 10);

function personName(user: SnapshotUser, item: string, report: ImportReport): string {
  const first = text(user.profile.firstName);
  const last = text(user.profile.lastName);
  const display = text(user.profile.displayName);
  const joined = [first, last].filter(Boolean).join(' ');
  const candidates = [display, joined].filter((n): n is string => n !== undefined);
  const fits = candidates.find((n) => {
    const split = splitName(n);
    return split.firstName === (first ?? split.firstName) && split.lastName === (last ?? split.lastName);
  });
  const name = fits ?? display ?? (joined || String(user.profile.login));
  const split = splitName(name);
  if (!fits && (first !== undefined || last !== undefined))
    report.cannotSay(
      'people',
      item,
      `Okta's first and last name ("${first ?? ''}" / "${last ?? ''}") are not "${name}" split at its first space: the first deploy sets them to "${split.firstName}" / "${split.lastName}"`,
    );
  else if (display !== undefined && display !== name)
    report.cannotSay('people', item, `the display name "${display}" becomes "${name}" on the first deploy`);
  return name;
}

export function mapPeople(snapshot: OktaSnapshot, today: string, report: ImportReport): MappedPeople {
  const ids = new IdAllocator();
  const departments = new Map<string, string>();
  const departmentIds = new IdAllocator();
  const departmentOf = (name: string) => {
    let id = departments.get(name);
    if (id === undefined) {
      id = departmentIds.take(configId(name));
      departments.set(name, id);
    }
    return id;
  };
  // Ids first, so managers resolve whatever the order.
  const entries = snapshot.users.map((user) => {
    const email = text(user.profile.email) ?? text(user.profile.login) ?? user.id;
    return { user, email, id: ids.take(configId(email.split('@')[0])) };
  });
  const personOf = new Map(entries.map((e) => [e.user.id, e.id]));
  const byPersonId = new Set(entries.map((e) => e.id));
  const byDisplayName = new Map<string, string[]>();
  for (const e of entries) {
    const display = text(e.user.profile.displayName);
    if (display) byDisplayName.set(display, [...(byDisplayName.get(display) ?? []), e.id]);
  }

  const people: PersonEntry[] = [];
  entries.forEach(({ user, email, id }, index) => {
    const item = `person ${id}`;
    const at = (field: string) => ['people', index, field];
    const todo = (field: string, what: string) =>
      report.decide({ kind: 'people', item, file: 'people', path: at(field), todo: what });
    report.countImported('people');
    const login = text(user.profile.login);
    if (login !== undefined && login.toLowerCase() !== email.toLowerCase())
      report.cannotSay(
        'people',
        item,
        `the login "${login}" is not the email: the blueprint signs people in with their email`,
      );

    const departmentName = text(user.profile.department);
    const department = departmentName === undefined ? UNASSIGNED_DEPARTMENT.id : departmentOf(departmentName);
    if (departmentName === undefined) todo('department', 'Okta has no department for this person: pick one');
    const title = text(user.profile.title);
    if (title === undefined) todo('title', 'Okta has no title for this person');
    const userType = text(user.profile.userType)?.toLowerCase();
    const type = userType === 'contractor' ? 'contractor' : 'employee';
    if (userType !== 'employee' && userType !== 'contractor')
      todo(
        'type',
        `employee or contractor? Okta's userType is ${userType === undefined ? 'empty' : `"${user.profile.userType}"`}`,
      );

    const managerKey = text(user.profile.managerId);
    const managerName = text(user.profile.manager);
    const manager =
      (managerKey && (personOf.get(managerKey) ?? (byPersonId.has(managerKey) ? managerKey : undefined))) ??
      (managerName && byDisplayName.get(managerName)?.length === 1
        ? byDisplayName.get(managerName)![0]
        : undefined);
    if (manager === undefined && (managerKey || managerName))
      report.cannotSay(
        'people',
        item,
        `the manager "${managerName ?? managerKey}" is not an Okta user the import found: no manager written`,
      );

    let start = day(user.activated) ?? day(user.created) ?? today;
    let end: string | undefined;
    if (user.status === 'STAGED') todo('start', 'staged in Okta, never activated: the first working day');
    if (user.status === 'SUSPENDED' || user.status === 'DEPROVISIONED') {
      end = addDays(day(user.statusChanged) ?? today, -1);
      if (end < start) start = end;
      todo(
        'end',
        `${user.status === 'SUSPENDED' ? 'suspended' : 'deactivated'} in Okta on ${day(user.statusChanged) ?? 'an unknown day'}: confirm the last working day`,
      );
    }

    const custom = Object.keys(user.profile)
      .filter(
        (k) => !(MANAGED_PROFILE_ATTRIBUTES as readonly string[]).includes(k) && user.profile[k] !== null,
      )
      .sort();
    if (custom.length > 0)
      report.cannotSay(
        'people',
        item,
        `profile attributes the config has no field for stay in Okta, unmanaged: ${custom.join(', ')}`,
      );

    people.push({
      id,
      name: personName(user, item, report),
      email,
      department,
      title: title ?? 'Unknown',
      ...(manager !== undefined && manager !== id ? { manager } : {}),
      type,
      start,
      ...(end === undefined ? {} : { end }),
    });
  });

  const list = [...departments].map(([name, id]) => ({ id, name }));
  if (people.some((p) => p.department === UNASSIGNED_DEPARTMENT.id)) list.push({ ...UNASSIGNED_DEPARTMENT });
  list.sort((a, b) => (a.id < b.id ? -1 : 1));
  report.countImported('departments', list.length);
  const domains = [
    ...new Set(people.map((p) => p.email.split('@')[1]?.toLowerCase()).filter(Boolean)),
  ].sort();
  return { departments: list, people, personOf, domains };
}

/** Logical name → Okta id of each imported user (the Pulumi import file's ids). */
export function userImportIds(people: MappedPeople): Map<string, string> {
  return new Map([...people.personOf].map(([oktaId, personId]) => [userName(personId), oktaId]));
}
