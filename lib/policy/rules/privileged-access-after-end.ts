// No privileged access past a person's end date: once someone has left (suspended or
// deprovisioned) they are in no privileged group, and no privileged membership runs past
// its member's end date. An error, not a warning: the deploy leaves leavers out of every
// explicit group anyway (lib/okta/specs/memberships.ts), but a privileged entry past the
// end date is an admin grant someone meant to keep, and Security decides, not the deploy.
// Everyday groups are access-after-end's (a warning).
import type { Guardrail, RuleFinding } from '../guardrail';
import { hasLeft } from './access-after-end';

export const privilegedAccessAfterEnd: Guardrail = {
  id: 'privileged-access-after-end',
  title: 'No privileged access past the end date',
  rationale:
    'An administrator who has left must hold no admin access, and a privileged grant must end by the last working day.',
  defaultSeverity: 'error',
  check(model) {
    const people = new Map(model.people.map((p) => [p.id, p]));
    const findings: RuleFinding[] = [];
    for (const group of model.groups) {
      if (!group.privileged) continue;
      for (const m of group.members) {
        const person = people.get(m.person);
        if (!m.at || !person || person.end === undefined) continue;
        if (hasLeft(person))
          findings.push({
            at: m.at,
            field: ['person'],
            message: `"${person.id}" left on ${person.end} but still holds privileged group "${group.id}"`,
            hint: 'delete this membership: a leaver holds no privileged access',
            value: person.id,
          });
        else if (m.until !== undefined && m.until > person.end)
          findings.push({
            at: m.at,
            field: ['until'],
            message: `privileged membership of "${person.id}" in "${group.id}" runs until ${m.until}, past their end date ${person.end}`,
            hint: `set until to ${person.end} or earlier`,
            value: m.until,
          });
      }
    }
    return findings;
  },
};
