// Opening an offboarding case: who is leaving, their Okta user, their last day and when
// the grace period ends. The case id names the offboarding in the audit trail, so a re-run
// (same person, same last day) continues the same case.
import { addDays } from '../../model/calendar-date';
import { findPerson, personByEmail } from '../find-person';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { OktaDirectory } from '../okta/okta-directory';
import { UnknownOktaUserError } from '../okta/okta-errors';

export interface OffboardingCase {
  readonly caseId: string;
  /** The config id, when the leaver is in people.yaml. */
  readonly personId?: string;
  readonly name: string;
  readonly login: string;
  readonly userId: string;
  readonly lastDay: string;
  /** The first day the account may be deactivated: after the grace period. */
  readonly deactivateOn: string;
  readonly actor: string;
}

export interface OffboardingRequest {
  /** A person id or email from the config, or the login of an Okta user. */
  readonly person: string;
  readonly today: string;
  /** An emergency: offboard today even if the config gives a later (or no) last day. */
  readonly now?: boolean;
  readonly actor: string;
}

export class NotLeavingError extends Error {
  override readonly name = 'NotLeavingError';
}

export async function openOffboardingCase(
  okta: OktaDirectory,
  directory: LifecycleDirectory,
  request: OffboardingRequest,
): Promise<OffboardingCase> {
  const person = configPerson(directory, request.person);
  const { lastDay, deactivateOn } = offboardingDates(directory, person, request);
  const login = person?.email ?? request.person;
  const user = await okta.findUser(login);
  if (!user)
    throw new UnknownOktaUserError(
      `no Okta user has the login "${login}"${person ? ` (${person.id} in config/it/people.yaml)` : ''}: check the email, or whether the Okta stack has created the user`,
    );
  return {
    caseId: `offboard/${person?.id ?? user.login.toLowerCase()}/${lastDay}`,
    ...(person ? { personId: person.id } : {}),
    name: person?.name ?? user.login,
    login: user.login,
    userId: user.id,
    lastDay,
    deactivateOn,
    actor: request.actor,
  };
}

/**
 * The leaver's last day and the first day their account may be deactivated (after the
 * grace period). Throws NotLeavingError for someone not (yet) leaving, unless `now`.
 */
export function offboardingDates(
  directory: LifecycleDirectory,
  person: DirectoryPerson | undefined,
  request: Pick<OffboardingRequest, 'today' | 'now'>,
): { lastDay: string; deactivateOn: string } {
  const lastDay = lastDayOf(person, request);
  return { lastDay, deactivateOn: addDays(lastDay, directory.offboarding.graceDays + 1) };
}

/** A person of the config; for a login that looks like an email, absence is allowed (an Okta-only user). */
function configPerson(directory: LifecycleDirectory, key: string): DirectoryPerson | undefined {
  if (key.includes('@')) return personByEmail(directory, key);
  return findPerson(directory, key);
}

function lastDayOf(
  person: DirectoryPerson | undefined,
  request: Pick<OffboardingRequest, 'today' | 'now'>,
): string {
  const { today } = request;
  if (request.now) return person?.end !== undefined && person.end < today ? person.end : today;
  if (person === undefined) return today;
  if (person.end === undefined)
    throw new NotLeavingError(
      `${person.id} has no end date in config/it/people.yaml: set their last day there (the workflow then runs on its own), or pass --now for an emergency`,
    );
  if (person.end >= today)
    throw new NotLeavingError(
      `${person.id}'s last day is ${person.end}: offboarding starts after it; pass --now for an emergency`,
    );
  return person.end;
}
