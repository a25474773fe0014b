// Emergency access exists and is watched: at least one break-glass principal is declared
// (privileged.yaml `breakGlass`), and the alarms that page on its use are on
// (monitoring.yaml `alerts.cisAlarms`, which also carries the break-glass use alarm).
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
        hint: 'declare the emergency IAM role or user under breakGlass: (id, description, account, principal) so its use is alarmed',
      });
    } else if (!model.monitoring.alerts.cisAlarms) {
      findings.push({
        at: { file: 'monitoring', path: ['alerts', 'cisAlarms'] },
        message: `break-glass use is not alarmed (${model.breakGlass.map((b) => b.principal).join(', ')}): alerts.cisAlarms is off`,
        hint: 'set alerts.cisAlarms: true, so every use of a break-glass principal pages the alert channels',
        value: false,
      });
    }
    return findings;
  },
};
