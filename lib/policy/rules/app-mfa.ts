// Apps at or above the risk tier set in guardrails.yaml (mfa.requiredFromRisk) require MFA.
import { RISK_TIERS } from '../../model/schema/common';
import type { Guardrail, RuleFinding } from '../guardrail';

export const appMfa: Guardrail = {
  id: 'app-mfa',
  title: 'Apps at or above the MFA risk tier require MFA',
  rationale: 'High-risk apps hold sensitive data; a password alone is not enough.',
  defaultSeverity: 'error',
  check(model) {
    const tier = model.guardrails.mfa.requiredFromRisk;
    const findings: RuleFinding[] = [];
    for (const app of model.apps) {
      if (app.mfa || RISK_TIERS.indexOf(app.risk) < RISK_TIERS.indexOf(tier)) continue;
      findings.push({
        at: app.at,
        field: ['risk'],
        message: `app "${app.id}" is ${app.risk} risk but does not require MFA`,
        hint: `add "mfa: true" (guardrails require MFA from risk tier ${tier})`,
        value: app.risk,
      });
    }
    return findings;
  },
};
