// Every elevation (a privileged membership or grant with `for:`, or `until:` an instant)
// lasts no longer than the tolerance in guardrails.yaml (privilegedAccess.maxElevation),
// counted from when its clock started (the deploy of its change) to its end.
import { durationSeconds } from '../../model/duration';
import { elevationSeconds } from '../../model/elevation';
import { formatInstant, instantMs } from '../../model/instant';
import type { Guardrail, RuleFinding } from '../guardrail';

export const privilegedElevationBounds: Guardrail = {
  id: 'privileged-elevation-bounds',
  title: 'Elevations (for:, or until: an instant) last no longer than maxElevation',
  rationale:
    'Just-in-time access is only just in time if it is short: an elevation ends within the window leadership agreed, on the minute.',
  defaultSeverity: 'error',
  check(model) {
    const max = model.guardrails.privilegedAccess.maxElevation;
    const maxSeconds = durationSeconds(max)!;
    const findings: RuleFinding[] = [];
    for (const e of model.elevations) {
      if (elevationSeconds(e.window) <= maxSeconds) continue;
      const what =
        e.kind === 'membership'
          ? `elevation of "${e.person}" in "${e.group}"`
          : `elevated grant of "${e.permissionSet}" to "${e.group}"`;
      const latest = formatInstant(instantMs(e.window.start) + maxSeconds * 1000).replace(':00Z', 'Z');
      findings.push({
        at: e.at,
        field: [e.window.for === undefined ? 'until' : 'for'],
        message: `${what} lasts longer than the ${max} maxElevation`,
        hint:
          e.window.for === undefined
            ? `set until to ${latest} or earlier (its clock started at ${e.window.start}), or for: ${max} or less`
            : `set for: ${max} or less; for longer standing access use until: a day (bounded by maxMembership)`,
        value: e.window.for ?? e.window.expiresAt,
      });
    }
    return findings;
  },
};
