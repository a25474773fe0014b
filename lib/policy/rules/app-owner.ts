// Every app has an owner team declared in org.yaml: the team that answers for the vendor,
// reviews who has access and approves changes. The loader's reference check enforces it
// for configs; the rule keeps it true for any OrgModel and in the control matrix.
import type { Guardrail, RuleFinding } from '../guardrail';

export const appOwner: Guardrail = {
  id: 'app-owner',
  title: 'Every app has an owner team',
  rationale: 'An app nobody owns is never reviewed: its access, its vendor and its settings drift.',
  defaultSeverity: 'error',
  check(model) {
    const teams = model.teams.map((t) => t.id);
    const findings: RuleFinding[] = [];
    for (const app of model.apps.filter((a) => !teams.includes(a.owner))) {
      findings.push({
        at: app.at,
        field: ['owner'],
        message: `app "${app.id}" has no owner team ("${app.owner}" is not a team in org.yaml)`,
        hint: `set owner to one of: ${teams.join(', ')}`,
        value: app.owner,
      });
    }
    return findings;
  },
};
