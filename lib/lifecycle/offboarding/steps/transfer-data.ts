// 5. Data transfer: before any app account is removed, the manager (and IT) are asked to
// take over the leaver's data in the apps that hold confidential or restricted data. Apps
// assigned through groups stay assigned (suspended) until deactivation, so the grace
// period is the window for the transfer; directly assigned apps are removed next.
import { accessOf } from '../../access-of';
import { openIntents } from '../../audit/audit-store';
import { alreadyDone } from '../../lifecycle-step';
import type { OffboardingStep } from '../offboarding-step';
import { sendOnce } from '../send-once';

export const transferDataStep: OffboardingStep = {
  name: 'transfer-data',
  summary: 'ask the manager (and IT) to take over the data in apps holding confidential or restricted data',
  plan: (directory, person) =>
    directory.offboarding.dataTransferTo === 'none' || person.manager === undefined
      ? []
      : [
          `email ${managerEmail(directory, person.manager) ?? person.manager} and ${directory.sender}: data transfer request`,
        ],
  async run({ deps, kase, history, log }) {
    const { directory } = deps;
    if (directory.offboarding.dataTransferTo === 'none')
      return { outcome: 'unchanged', note: 'lifecycle.yaml: offboarding.dataTransferTo is none' };
    const person = directory.people.find((p) => p.id === kase.personId);
    const manager = person?.manager === undefined ? undefined : managerEmail(directory, person.manager);
    if (!person || manager === undefined)
      return { outcome: 'unchanged', note: 'no manager in config: arrange the data transfer by hand' };
    // A notice cannot be read back once sent: sent at most once. An intent an earlier run left
    // open (it stopped between recording it and recording the send) is reported, not re-sent.
    if (alreadyDone(history, transferDataStep.name)) {
      const open = openIntents(history, transferDataStep.name);
      for (const change of open)
        await log.outcome(change, 'unconfirmed', {
          note: 'an earlier run stopped after recording the intent: not sent again; check the mail log',
        });
      return {
        outcome: 'unchanged',
        note: open.length
          ? `The data transfer request may not have gone out (an earlier run stopped while sending it): check the mail log`
          : 'the transfer was requested earlier in this case',
      };
    }
    const dataApps = accessOf(directory, person.id, person)
      .apps.map((id) => directory.apps.find((a) => a.id === id)!)
      .filter((a) => a.data === 'confidential' || a.data === 'restricted');
    const to = [manager, directory.sender];
    const change = 'send the data transfer request';
    await sendOnce(log, change, () =>
      deps.notifier.send({
        to,
        subject: `Data transfer: ${person.name} left ${directory.org} on ${kase.lastDay}`,
        body: [
          `${person.name} (${person.email}) left on ${kase.lastDay}. Their account is suspended.`,
          `Please move what you need from these apps before ${kase.deactivateOn}, when the account is deactivated and app accounts are removed:`,
          ...dataApps.map((a) => `  - ${a.name} (${a.data} data)`),
        ].join('\n'),
      }),
    );
    return { outcome: 'changed', after: { requestedFrom: to, apps: dataApps.map((a) => a.id) } };
  },
};

function managerEmail(directory: { people: readonly { id: string; email: string }[] }, id: string) {
  return directory.people.find((p) => p.id === id)?.email;
}
