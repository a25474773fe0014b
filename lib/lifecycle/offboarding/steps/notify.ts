// 9. Tell the manager and security (and IT) what was done, and when deactivation follows;
// what IT's credential may not change is listed for Security, who always get this notice then.
import { openIntents } from '../../audit/audit-store';
import { alreadyDone } from '../../lifecycle-step';
import type { OffboardingStep } from '../offboarding-step';
import { handedToSecurity } from '../security-handoff';
import { sendOnce } from '../send-once';

export const notifyStep: OffboardingStep = {
  name: 'notify',
  summary: 'tell the manager, security and IT what was done and when deactivation follows',
  plan: (directory, person) => {
    const manager = directory.people.find((p) => p.id === person.manager)?.email;
    return [
      `email ${[manager, ...directory.offboarding.notify, directory.sender].filter(Boolean).join(', ')}`,
    ];
  },
  async run({ deps, kase, history, log }) {
    // A notice cannot be read back once sent: sent at most once. An intent an earlier run left
    // open (it stopped between recording it and recording the send) is reported, not re-sent.
    if (alreadyDone(history, notifyStep.name)) {
      const open = openIntents(history, notifyStep.name);
      for (const change of open)
        await log.outcome(change, 'unconfirmed', {
          note: 'an earlier run stopped after recording the intent: not sent again; check the mail log',
        });
      return {
        outcome: 'unchanged',
        note: open.length
          ? `The offboarding notice may not have gone out (an earlier run stopped while sending it): check the mail log`
          : 'notified earlier in this case',
      };
    }
    const { directory } = deps;
    const person = directory.people.find((p) => p.id === kase.personId);
    const manager = directory.people.find((p) => p.id === person?.manager)?.email;
    const forSecurity = handedToSecurity(history);
    const to = [
      ...new Set(
        [
          manager,
          ...directory.offboarding.notify,
          directory.sender,
          ...(forSecurity.length ? directory.security : []),
        ].filter((x) => x !== undefined),
      ),
    ];
    const done = history
      .filter((r) => r.outcome === 'changed')
      .map((r) => `  - ${r.step}: ${r.note ?? 'done'}`);
    const change = 'send the offboarding notice';
    await sendOnce(log, change, () =>
      deps.notifier.send({
        to,
        subject: `Offboarded: ${kase.name} (last day ${kase.lastDay})`,
        body: [
          `${kase.name} (${kase.login}) has been offboarded by ${kase.actor}. Case ${kase.caseId}.`,
          'Done:',
          ...(done.length ? done : ['  - nothing needed changing']),
          ...(forSecurity.length
            ? [
                "For Security — outside IT's Okta admin scope (Okta answered 403), still to do:",
                ...forSecurity.map((c) => `  - ${c}`),
                'The user is suspended meanwhile; Okta revokes admin roles at deactivation.',
              ]
            : []),
          `The account stays suspended and is deactivated on ${kase.deactivateOn}, after the grace period.`,
        ].join('\n'),
      }),
    );
    return { outcome: 'changed', after: { notified: to, ...(forSecurity.length ? { forSecurity } : {}) } };
  },
};
