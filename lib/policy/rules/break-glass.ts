// Emergency access exists and is watched. At least one break-glass principal is declared
// (privileged.yaml `breakGlass`): the security stack alarms on every use of each one. And
// the root user, every account's last-resort way in, is alarmed too: that is the CIS 4.3
// alarm, which only exists while monitoring.yaml `alerts.cisAlarms` is on.
import type { Guardrail, RuleFinding } from '../guardrail';

export const breakGlass: Guardrail = {
  id: 'break-glass',
  title: 'Break-glass principals exist and are alarmed',
  rationale:
    'When the identity provider is down or locked out, someone must still get in; because that access bypasses SSO, every use must page Security.',
  defaultSeverity: 'warning',
  check(model) {
    const findings: RuleFinding[] = [];
    if (model.breakGlass.length === 0) {
      findings.push({
        at: { file: 'privileged', path: ['breakGlass'] },
        message: 'no break-glass principal is declared',
        hint: 'declare the emergency IAM role or user under breakGlass: (id, description, account, principal); each one gets an alarm on use',
      });
    }
    if (!model.monitoring.alerts.cisAlarms) {
      findings.push({
        at: { file: 'monitoring', path: ['alerts', 'cisAlarms'] },
        message: 'use of the root user, the last-resort break-glass, is not alarmed: alerts.cisAlarms is off',
        hint: 'set alerts.cisAlarms: true (CIS 4.3 alarms on any use of the root user)',
        value: false,
      });
    }
    return findings;
  },
};
