// Nobody keeps access after their end date: a person who has left (suspended or
// deprovisioned) is no longer listed in any group or assigned any app, and no explicit
// membership runs past its member's end date. Rule-based memberships are left out: they
// follow the person's record, and offboarding removes them in Okta.
// A warning by default: the person's account is already suspended and the deploy leaves
// them out of every explicit group, so the entry is stale config rather than open access;
// Security can make it an error. Privileged groups are privileged-access-after-end's (an error).
import type { Person } from '../../model/org-model';
import type { Guardrail, RuleFinding } from '../guardrail';

export const hasLeft = (p: Person) => p.status === 'suspended' || p.status === 'deprovisioned';

export const accessAfterEnd: Guardrail = {
  id: 'access-after-end',
  title: 'Nobody keeps access after their end date',
  rationale:
    'Leavers are the access auditors test first: once someone has left, nothing in the config may still grant them access.',
  defaultSeverity: 'warning',
  check(model) {
    const people = new Map(model.people.map((p) => [p.id, p]));
    const findings: RuleFinding[] = [];
    for (const group of model.groups) {
      if (group.privileged) continue;
      for (const m of group.members) {
        const person = people.get(m.person);
        if (!m.at || !person) continue;
        if (hasLeft(person)) {
          findings.push({
            at: m.at,
            field: ['person'],
            message: `"${person.id}" left on ${person.end} but is still a member of "${group.id}"`,
            hint: 'delete this membership: a leaver keeps no access',
            value: person.id,
          });
        } else if (person.end !== undefined && m.until !== undefined && m.until > person.end) {
          findings.push({
            at: m.at,
            field: ['until'],
            message: `membership of "${person.id}" in "${group.id}" runs until ${m.until}, past their end date ${person.end}`,
            hint: `set until to ${person.end} or earlier`,
            value: m.until,
          });
        }
      }
    }
    for (const app of model.apps) {
      app.people.forEach((id, j) => {
        const person = people.get(id);
        if (!person || !hasLeft(person)) return;
        findings.push({
          at: app.at,
          field: ['people', j],
          message: `"${person.id}" left on ${person.end} but is still assigned to app "${app.id}"`,
          hint: 'delete this assignment: a leaver keeps no access',
          value: person.id,
        });
      });
    }
    return findings;
  },
};
