// 2. Clear sessions and revoke OAuth tokens: suspension stops new sign-ins; this ends the
// ones already open. Okta offers no list of a user's sessions, so "already done" is read
// from the case's audit trail: once cleared after suspension, no new session can exist.
import { alreadyDone } from '../../lifecycle-step';
import { makeChange } from '../make-change';
import type { OffboardingStep, OffboardingStepName } from '../offboarding-step';

export const clearSessionsStep: OffboardingStep = {
  name: 'clear-sessions',
  summary: 'end every Okta session and revoke the OAuth tokens issued to the user',
  plan: () => ['DELETE /api/v1/users/{userId}/sessions?oauthTokens=true'],
  async run({ deps, kase, history, log }) {
    if (alreadyDone(history, clearSessionsStep.name))
      return {
        outcome: 'unchanged',
        note: 'sessions were cleared earlier in this case; a suspended user cannot open new ones',
      };
    const deprovisioned = async () => (await deps.okta.findUser(kase.userId))?.status === 'DEPROVISIONED';
    const status = [...history]
      .reverse()
      .find((r) => r.step === ('suspend' satisfies OffboardingStepName) && r.outcome !== 'failed')?.after as
      | { status?: string }
      | undefined;
    if (status?.status === 'DEPROVISIONED')
      return { outcome: 'unchanged', note: 'the user is deactivated: Okta ended their sessions then' };
    // Clearing sessions twice changes nothing, and Okta shows no sessions to re-read: after a
    // lost answer it is sent again (unless the user is deactivated meanwhile).
    await makeChange(deps, log, {
      describe: `clear the sessions of ${kase.login}`,
      isDone: deprovisioned,
      send: () => deps.okta.revokeSessions(kase.userId),
    });
    return { outcome: 'changed', after: { sessions: 'revoked', oauthTokens: 'revoked' } };
  },
};
