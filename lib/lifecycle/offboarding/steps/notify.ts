// 9. Tell the manager and security (and IT) what was done, and when deactivation follows.
import { alreadyDone } from '../../lifecycle-step';
import type { OffboardingStep } from '../offboarding-step';

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
    if (alreadyDone(history, 'notify'))
      return { outcome: 'unchanged', note: 'notified earlier in this case' };
    const { directory } = deps;
    const person = directory.people.find((p) => p.id === kase.personId);
    const manager = directory.people.find((p) => p.id === person?.manager)?.email;
    const to = [
      ...new Set([manager, ...directory.offboarding.notify, directory.sender].filter((x) => x !== undefined)),
    ];
    const done = history
      .filter((r) => r.outcome === 'changed')
      .map((r) => `  - ${r.step}: ${r.note ?? 'done'}`);
    log.add(
      await deps.notifier.send({
        to,
        subject: `Offboarded: ${kase.name} (last day ${kase.lastDay})`,
        body: [
          `${kase.name} (${kase.login}) has been offboarded by ${kase.actor}. Case ${kase.caseId}.`,
          'Done:',
          ...(done.length ? done : ['  - nothing needed changing']),
          `The account stays suspended and is deactivated on ${kase.deactivateOn}, after the grace period.`,
        ].join('\n'),
      }),
    );
    return { outcome: 'changed', after: { notified: to } };
  },
};
