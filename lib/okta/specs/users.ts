// Okta users, one per person. Never deleted by a removal: users are retained on delete
// (offboarding is a status change, not a deletion) and protected, so `pulumi up` refuses
// to drop one until someone deliberately unprotects it.
import type { Person } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec } from '../spec';
import { userProfile } from './user-profile';

export const userName = (personId: string) => oktaName('user', personId);

/** Users for `people`; `everyone` resolves managers who may live in another shard. */
export function userSpecs(people: readonly Person[], everyone: readonly Person[] = people): ResourceSpec[] {
  const byId = new Map(everyone.map((p) => [p.id, p]));
  return people.map((person) => ({
    type: OKTA.user,
    name: userName(person.id),
    component: 'Users',
    inputs: userProfile(person, person.manager === undefined ? undefined : byId.get(person.manager)),
    options: { protect: true, retainOnDelete: true },
  }));
}
