// 1. Suspend: the reversible stop. A suspended user cannot sign in, and keeps everything
// (groups, apps, data) should the offboarding turn out to be a mistake.
import { OktaUserStateError, UnknownOktaUserError } from '../../okta/okta-errors';
import type { OffboardingStep } from '../offboarding-step';

export const suspendStep: OffboardingStep = {
  name: 'suspend',
  summary: 'suspend the Okta user (reversible: nothing is removed yet)',
  plan: (_, person) => [
    `GET /api/v1/users/${person.email}`,
    'POST /api/v1/users/{userId}/lifecycle/suspend (if ACTIVE)',
  ],
  async run({ deps, kase, log }) {
    const user = await deps.okta.findUser(kase.userId);
    if (!user) throw new UnknownOktaUserError(`Okta user ${kase.userId} (${kase.login}) no longer exists`);
    const before = { status: user.status };
    switch (user.status) {
      case 'ACTIVE':
        log.add(await deps.okta.suspendUser(user.id));
        return { outcome: 'changed', before, after: { status: 'SUSPENDED' } };
      case 'SUSPENDED':
      case 'DEPROVISIONED':
        return { outcome: 'unchanged', before, after: before };
      case 'STAGED':
      case 'PROVISIONED':
        return {
          outcome: 'unchanged',
          before,
          after: before,
          note: `never activated (${user.status}): there is no sign-in to stop; deactivation follows after the grace period`,
        };
      default:
        throw new OktaUserStateError(
          `cannot suspend ${kase.login}: Okta suspends only ACTIVE users and this one is ${user.status}; deactivate it in the Okta admin console if access must end now`,
        );
    }
  },
};
