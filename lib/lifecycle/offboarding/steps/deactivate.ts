// 10. Deactivate, only after the grace period: deactivation deprovisions every app account
// (mailboxes, files) and cannot be undone. The user is never deleted: the record stays
// for audits, and a returning person is reactivated, not re-created.
import { UnknownOktaUserError } from '../../okta/okta-errors';
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const deactivateStep: OffboardingStep = {
  name: 'deactivate',
  summary: 'deactivate the Okta user once the grace period is over (never delete)',
  plan: (_, __, { deactivateOn }) => [
    `on/after ${deactivateOn}: POST /api/v1/users/{userId}/lifecycle/deactivate (if not DEPROVISIONED)`,
  ],
  async run({ deps, kase, today, log }) {
    if (today < kase.deactivateOn)
      return {
        outcome: 'not-due',
        note: `due on ${kase.deactivateOn}, after the ${deps.directory.offboarding.gracePeriod} grace period`,
      };
    const user = await deps.okta.findUser(kase.userId);
    if (!user) throw new UnknownOktaUserError(`Okta user ${kase.userId} (${kase.login}) no longer exists`);
    const before = { status: user.status };
    if (user.status === 'DEPROVISIONED') return { outcome: 'unchanged', before, after: before };
    await makeChange(deps, log, {
      describe: `deactivate ${kase.login}`,
      isDone: async () => (await deps.okta.findUser(user.id))?.status === 'DEPROVISIONED',
      send: () => deps.okta.deactivateUser(user.id),
    });
    return { outcome: 'changed', before, after: { status: 'DEPROVISIONED' } };
  },
};
