// Privileged permission sets have short sessions (privilegedAccess.maxSessionDuration).
// Only security-side sets: a privileged set on the IT side is already an error of its own
// (privileged-on-security-side), and moving it is the fix.
import { durationSeconds } from '../../model/duration';
import type { Guardrail, RuleFinding } from '../guardrail';

export const privilegedSessionLength: Guardrail = {
  id: 'privileged-session-length',
  title: 'Privileged permission sets have short sessions',
  rationale: 'A stolen privileged session is worth less the sooner it expires.',
  defaultSeverity: 'error',
  check(model) {
    const max = model.guardrails.privilegedAccess.maxSessionDuration;
    const limit = durationSeconds(max)!;
    const findings: RuleFinding[] = [];
    for (const set of model.permissionSets.filter((s) => s.side === 'security' && s.sessionSeconds > limit)) {
      findings.push({
        at: set.at,
        field: ['sessionDuration'],
        message: `privileged permission set "${set.id}" allows ${set.sessionDuration} sessions`,
        hint: `set sessionDuration to ${max} or less`,
        value: set.sessionDuration,
      });
    }
    return findings;
  },
};
