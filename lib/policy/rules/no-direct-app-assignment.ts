// Apps are assigned to groups, never to people directly (apps.yaml `people:`): a direct
// assignment escapes the group's owner, its review and its removal when the person moves.
import type { Guardrail, RuleFinding } from '../guardrail';

export const noDirectAppAssignment: Guardrail = {
  id: 'no-direct-app-assignment',
  title: 'Apps are assigned to groups, not directly to people',
  rationale:
    "Access granted through a group is reviewed by the group's owner and follows the person's role; a direct assignment is forgotten when they move.",
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const app of model.apps) {
      app.people.forEach((person, j) => {
        findings.push({
          at: app.at,
          field: ['people', j],
          message: `app "${app.id}" is assigned directly to "${person}"`,
          hint: 'put the person in a group (config/it/groups.yaml) and list the group under groups: instead',
          value: person,
        });
      });
    }
    return findings;
  },
};
