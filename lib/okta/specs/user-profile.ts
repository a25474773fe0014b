// An Okta user profile from a person in people.yaml. Okta needs first and last names;
// the config holds one display name, so it is split at the first space (a surname may
// have several words: "Anna van der Berg" → "Anna" / "van der Berg").
import type { Person, PersonStatus } from '../../model/org-model';
import type { SpecObject } from '../spec';

export const OKTA_USER_STATUS: Readonly<Record<PersonStatus, string>> = {
  staged: 'STAGED',
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
  deprovisioned: 'DEPROVISIONED',
};

export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  // A single-word name (mononym) is both: Okta rejects an empty last name.
  if (words.length === 1) return { firstName: words[0], lastName: words[0] };
  return { firstName: words[0], lastName: words.slice(1).join(' ') };
}

/**
 * The profile and status of a person's Okta user. `managerId` holds the manager's config
 * id (a stable key, unlike a display name); `manager` their display name for people.
 */
export function userProfile(person: Person, manager: Person | undefined): SpecObject {
  return {
    ...splitName(person.name),
    displayName: person.name,
    login: person.email,
    email: person.email,
    department: person.departmentName,
    title: person.title,
    userType: person.type,
    ...(manager ? { managerId: manager.id, manager: manager.name } : {}),
    status: OKTA_USER_STATUS[person.status],
  };
}
