// Okta users, one per person. Never deleted by a removal: users are retained on delete
// (offboarding is a status change, not a deletion) and protected, so `pulumi up` refuses
// to drop one until someone deliberately unprotects it. Their status belongs to the
// lifecycle: created STAGED, then changed only by the workflows, so the resource ignores it.
import type { Person } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec } from '../spec';
import { userProfile } from './user-profile';

export const userName = (personId: string) => oktaName('user', personId);

/** The user inputs a deploy never changes after creation (the lifecycle owns them). */
export const LIFECYCLE_OWNED_USER_INPUTS = ['status'] as const;

/** Users for `people`; `everyone` resolves managers who may live in another shard. */
export function userSpecs(people: readonly Person[], everyone: readonly Person[] = people): ResourceSpec[] {
  const byId = new Map(everyone.map((p) => [p.id, p]));
  return people.map((person) => ({
    type: OKTA.user,
    name: userName(person.id),
    component: 'Users',
    inputs: userProfile(person, person.manager === undefined ? undefined : byId.get(person.manager)),
    options: { protect: true, retainOnDelete: true, ignoreChanges: [...LIFECYCLE_OWNED_USER_INPUTS] },
  }));
}
