// Opening an onboarding case: the joiner from people.yaml, their Okta user (created
// staged by the Okta stack), and the day their account should be activated.
import { addDays } from '../../model/calendar-date';
import { findPerson } from '../find-person';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { OktaDirectory } from '../okta/okta-directory';
import { UnknownOktaUserError } from '../okta/okta-errors';

export interface OnboardingCase {
  readonly caseId: string;
  readonly person: DirectoryPerson;
  readonly userId: string;
  /** The start date less the lead time lifecycle.yaml allows. */
  readonly activateOn: string;
  readonly actor: string;
}

export async function openOnboardingCase(
  okta: OktaDirectory,
  directory: LifecycleDirectory,
  request: { readonly person: string; readonly actor: string },
): Promise<OnboardingCase> {
  const person = findPerson(directory, request.person);
  const user = await okta.findUser(person.email);
  if (!user)
    throw new UnknownOktaUserError(
      `no Okta user has the login "${person.email}" (${person.id} in config/it/people.yaml): the Okta stack creates it (staged) when the hire is merged; deploy it first`,
    );
  return {
    caseId: `onboard/${person.id}/${person.start}`,
    person,
    userId: user.id,
    activateOn: addDays(person.start, -directory.onboarding.activateBeforeStartDays),
    actor: request.actor,
  };
}
