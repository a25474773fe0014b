// Every privileged membership is time-bound and justified, within the tolerance set in
// guardrails.yaml (privilegedAccess.maxMembership).
import { addDays } from '../../model/calendar-date';
import { durationDays } from '../../model/duration';
import type { Guardrail, RuleFinding } from '../guardrail';

export const privilegedMembershipBounds: Guardrail = {
  id: 'privileged-membership-bounds',
  title: 'Privileged memberships carry an until date within the tolerance and a reason',
  rationale:
    'Standing privileged access is the largest avoidable risk; every grant must expire and be justified.',
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    const max = model.guardrails.privilegedAccess.maxMembership;
    const latest = addDays(model.today, durationDays(max)!);
    for (const group of model.groups.filter((g) => g.privileged && g.side === 'security')) {
      for (const m of group.members) {
        const at = m.at!;
        if (m.until === undefined) {
          findings.push({
            at,
            message: `privileged membership of "${m.person}" in "${group.id}" has no until date`,
            hint: `add until: a date no later than ${latest} (guardrails allow ${max})`,
            value: m.person,
          });
        } else if (m.elevation === undefined && m.until > latest) {
          findings.push({
            at,
            field: ['until'],
            message: `privileged membership of "${m.person}" in "${group.id}" runs past the ${max} tolerance`,
            hint: `set until to ${latest} or earlier, and renew it when it expires`,
            value: m.until,
          });
        }
        if (m.reason === undefined) {
          findings.push({
            at,
            message: `privileged membership of "${m.person}" in "${group.id}" has no reason`,
            hint: 'add reason: why this person needs the access (a ticket or incident is best)',
            value: m.person,
          });
        }
      }
    }
    return findings;
  },
};
