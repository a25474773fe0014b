// 4. Reset MFA factors: should the account ever be reactivated by mistake (or by an
// attacker with the password), the old phone or authenticator cannot complete sign-in.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const resetFactorsStep: OffboardingStep = {
  name: 'reset-factors',
  summary: 'reset every enrolled MFA factor',
  plan: () => [
    'GET /api/v1/users/{userId}/factors',
    'POST /api/v1/users/{userId}/lifecycle/reset_factors (if any)',
  ],
  async run({ deps, kase, log }) {
    const factors = await deps.okta.listFactorIds(kase.userId);
    const before = { factors: factors.length };
    if (factors.length === 0) return { outcome: 'unchanged', before, after: before };
    await makeChange(deps, log, {
      describe: `reset the MFA factors of ${kase.login}`,
      isDone: async () => (await deps.okta.listFactorIds(kase.userId)).length === 0,
      send: () => deps.okta.resetFactors(kase.userId),
    });
    return { outcome: 'changed', before, after: { factors: 0 } };
  },
};
