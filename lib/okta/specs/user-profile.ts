// An Okta user profile from a person in people.yaml. Okta needs first and last names;
// the config holds one display name, so it is split at the first space (a surname may
// have several words: "Anna van der Berg" → "Anna" / "van der Berg").
// The status is the one a user is created with, STAGED for everyone: after creation the
// lifecycle owns it (onboarding activates, offboarding suspends and deactivates, a re-hire
// goes back through onboarding), and the user resource ignores status changes, so no
// deploy or drift run re-activates someone the lifecycle suspended.
import type { Person } from '../../model/org-model';
import type { SpecObject } from '../spec';

export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  // A single-word name (mononym) is both: Okta rejects an empty last name.
  if (words.length === 1) return { firstName: words[0], lastName: words[0] };
  return { firstName: words[0], lastName: words.slice(1).join(' ') };
}

/** The status every Okta user is created with; the lifecycle activates it on the start date. */
export const CREATED_STATUS = 'STAGED';

/**
 * The profile and creation status of a person's Okta user. `managerId` holds the manager's
 * config id (a stable key, unlike a display name); `manager` their display name for people.
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
    status: CREATED_STATUS,
  };
}
