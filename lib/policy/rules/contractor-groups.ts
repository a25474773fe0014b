// Contractors stay out of the groups the guardrails list (contractors.forbiddenGroups).
import type { Guardrail, RuleFinding } from '../guardrail';

export const contractorGroups: Guardrail = {
  id: 'contractor-groups',
  title: 'Contractors are kept out of the groups the tolerances list',
  rationale: 'Some access (finance approval, administration) is reserved to employees.',
  defaultSeverity: 'error',
  check(model) {
    const forbidden = new Set(model.guardrails.contractors.forbiddenGroups);
    const contractors = new Set(model.people.filter((p) => p.type === 'contractor').map((p) => p.id));
    const findings: RuleFinding[] = [];
    for (const group of model.groups.filter((g) => forbidden.has(g.id))) {
      for (const m of group.members.filter((m) => contractors.has(m.person))) {
        findings.push(
          m.at
            ? {
                at: m.at,
                field: ['person'],
                message: `contractor "${m.person}" is a member of "${group.id}", which guardrails forbid for contractors`,
                hint: 'remove the membership, or ask Security to change contractors.forbiddenGroups in guardrails.yaml',
                value: m.person,
              }
            : {
                at: group.at,
                field: ['rule'],
                message: `the rule of "${group.id}" selects contractor "${m.person}", but guardrails forbid the group for contractors`,
                hint: 'narrow the rule with "types: [employee]"',
                value: m.person,
              },
        );
      }
    }
    return findings;
  },
};
