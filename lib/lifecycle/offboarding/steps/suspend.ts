// 1. Stop sign-in, for every status Okta knows. ACTIVE: suspend, the reversible stop (groups,
// apps and data stay, should the offboarding be a mistake). LOCKED_OUT: unlock, then suspend
// at once (a locked-out user regains access by unlocking, by themselves or on a timer).
// RECOVERY and PASSWORD_EXPIRED: Okta suspends only ACTIVE users and has no call back to
// ACTIVE, and these users regain access by finishing the password change, so access ends by
// deactivation now. STAGED and PROVISIONED: never signed in (a PROVISIONED user still holds
// an activation link), nothing to keep: deactivated now. SUSPENDED, DEPROVISIONED: done.
import type { OktaUser, OktaUserStatus } from '../../okta/okta-directory';
import { UnknownOktaUserError } from '../../okta/okta-errors';
import { makeChange } from '../make-change';
import type { OffboardingStep, StepRun } from '../offboarding-step';

type Action = 'suspend' | 'unlock' | 'deactivate' | 'none';

export const STOP_SIGN_IN: Readonly<Record<OktaUserStatus, Action>> = {
  ACTIVE: 'suspend',
  LOCKED_OUT: 'unlock',
  RECOVERY: 'deactivate',
  PASSWORD_EXPIRED: 'deactivate',
  STAGED: 'deactivate',
  PROVISIONED: 'deactivate',
  SUSPENDED: 'none',
  DEPROVISIONED: 'none',
};

const LANDS_IN: Readonly<Record<Exclude<Action, 'none'>, OktaUserStatus>> = {
  suspend: 'SUSPENDED',
  unlock: 'ACTIVE',
  deactivate: 'DEPROVISIONED',
};

const WHY: Partial<Record<OktaUserStatus, string>> = {
  LOCKED_OUT: 'locked out: unlocked and suspended at once',
  RECOVERY:
    'in password recovery, which Okta cannot suspend and the person could complete: deactivated now, before the grace period',
  PASSWORD_EXPIRED:
    'password expired, which Okta cannot suspend and the person could renew: deactivated now, before the grace period',
  STAGED: 'never activated: deactivated now (nothing to keep for the grace period)',
  PROVISIONED:
    'activation pending (the person holds an activation link): deactivated now (nothing to keep for the grace period)',
};

export const suspendStep: OffboardingStep = {
  name: 'suspend',
  summary: 'stop sign-in: suspend the Okta user (reversible), or deactivate one Okta cannot suspend',
  plan: (_, person) => [
    `GET /api/v1/users/${person.email}`,
    'POST /api/v1/users/{userId}/lifecycle/suspend (if ACTIVE; LOCKED_OUT: unlock first)',
    'POST /api/v1/users/{userId}/lifecycle/deactivate (if RECOVERY, PASSWORD_EXPIRED, STAGED or PROVISIONED)',
  ],
  async run(run) {
    const { kase } = run;
    const first = await readUser(run);
    const before = { status: first.status };
    let user = first;
    // Each round moves the user one transition on (at most LOCKED_OUT → ACTIVE → SUSPENDED).
    for (let round = 0; round < 3; round++) {
      const action = STOP_SIGN_IN[user.status];
      if (action === 'none') break;
      const made = await makeChange(run.deps, run.log, transition(run, action, user.status));
      // A change Okta answered lands where its contract says; one found made is read again.
      user = made.made === 'sent' ? { ...user, status: LANDS_IN[action] } : await readUser(run);
    }
    const after = { status: user.status };
    if (STOP_SIGN_IN[user.status] !== 'none')
      throw new Error(`${kase.login} is still ${user.status} after stopping sign-in: run the step again`);
    if (first.status === user.status) return { outcome: 'unchanged', before, after };
    const why = WHY[first.status];
    return { outcome: 'changed', before, after, ...(why ? { note: why } : {}) };
  },
};

function transition(run: StepRun, action: Exclude<Action, 'none'>, from: OktaUserStatus) {
  const { deps, kase } = run;
  const goal: Record<typeof action, (s: OktaUserStatus) => boolean> = {
    suspend: (s) => s === 'SUSPENDED' || s === 'DEPROVISIONED',
    unlock: (s) => s !== 'LOCKED_OUT',
    deactivate: (s) => s === 'DEPROVISIONED',
  };
  return {
    describe: `${action} ${kase.login} (${from})`,
    isDone: async () => goal[action]((await readUser(run)).status),
    send: () =>
      action === 'suspend'
        ? deps.okta.suspendUser(kase.userId)
        : action === 'unlock'
          ? deps.okta.unlockUser(kase.userId)
          : deps.okta.deactivateUser(kase.userId),
  };
}

async function readUser({ deps, kase }: StepRun): Promise<OktaUser> {
  const user = await deps.okta.findUser(kase.userId);
  if (!user) throw new UnknownOktaUserError(`Okta user ${kase.userId} (${kase.login}) no longer exists`);
  return user;
}
