// A person deleted from people.yaml while their Okta account is still live. Users are
// retained on delete, so a removal would silently strand the account (active, staged or
// suspended forever) instead of offboarding it: the fix is an end date, then removal once
// deprovisioned. Needs the base config, so the review (plan --base) runs it.
import { addDays } from '../model/calendar-date';
import { durationDays } from '../model/duration';
import type { OrgModel, Person } from '../model/org-model';
import type { Finding } from './guardrail';

export const REMOVED_PERSON_RULE = 'removed-active-person';

function describe(person: Person, graceDays: number): { message: string; hint: string } {
  const removed = `person "${person.id}" was removed from people.yaml`;
  switch (person.status) {
    case 'active':
      return {
        message: `${removed} while still active in Okta`,
        hint: `keep them and set "end" to their last day: they are suspended after it and deprovisioned ${graceDays} days later; remove them after that`,
      };
    case 'staged':
      return {
        message: `${removed} while their Okta account is staged for ${person.start}`,
        hint: `keep them and set "end" (e.g. the day before "start") so the account is deprovisioned, not left staged; remove them after that`,
      };
    default: {
      const deprovisioned = addDays(person.end ?? person.start, graceDays + 1);
      return {
        message: `${removed} while suspended, before being deprovisioned on ${deprovisioned}`,
        hint: `keep them until ${deprovisioned}: removing them now leaves the account suspended forever`,
      };
    }
  }
}

/** Errors for people in `base` but not in `head` whose Okta account is not yet deprovisioned. */
export function checkRemovedPeople(base: OrgModel, head: OrgModel): Finding[] {
  const kept = new Set(head.people.map((p) => p.id));
  const graceDays = durationDays(base.lifecycle.offboarding.gracePeriod) ?? 0;
  return base.people
    .filter((p) => !kept.has(p.id) && p.status !== 'deprovisioned')
    .map((p) => ({
      rule: REMOVED_PERSON_RULE,
      severity: 'error' as const,
      // Where the person belongs: the people list of the head config.
      at: { file: 'people' as const, path: ['people'] },
      value: p.id,
      ...describe(p, graceDays),
    }));
}
