// Privileged groups and permission sets are declared only in config/security/, so that
// Security reviews every change to them.
import type { Guardrail, RuleFinding } from '../guardrail';

export const privilegedOnSecuritySide: Guardrail = {
  id: 'privileged-on-security-side',
  title: 'Privileged access is declared only on the security side',
  rationale: 'Separation of duties: IT ships its own changes, so nothing privileged may live in config/it/.',
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const g of model.groups.filter((g) => g.side === 'it' && g.privileged)) {
      findings.push({
        at: g.at,
        field: ['privileged'],
        message: `privileged group "${g.id}" is declared under config/it/`,
        hint: 'move the group to config/security/privileged.yaml (groups:), where every membership needs until and reason',
        value: true,
      });
    }
    for (const s of model.permissionSets.filter((s) => s.side === 'it' && s.privileged)) {
      findings.push({
        at: s.at,
        message: `permission set "${s.id}" is privileged but declared under config/it/`,
        hint: `move it to config/security/privileged.yaml (permissionSets:), or drop what makes it privileged: ${s.privilegedBecause ?? 'declared privileged'}`,
        value: s.id,
      });
    }
    return findings;
  },
};
