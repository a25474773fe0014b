// The dry run of an onboarding: each step, what it does and the calls it would make, from
// the config alone (no credentials, no Okta).
import { addDays } from '../../model/calendar-date';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import { ONBOARDING } from './onboarding-steps';

export function describeOnboarding(
  directory: LifecycleDirectory,
  person: DirectoryPerson,
  today: string,
): string[] {
  const activateOn = addDays(person.start, -directory.onboarding.activateBeforeStartDays);
  const kase = { person, activateOn };
  const width = Math.max(...ONBOARDING.map((s) => s.name.length));
  const when =
    today < activateOn
      ? `not yet: activation is due on ${activateOn}`
      : `activation is due (on or after ${activateOn})`;
  return [
    `Onboarding ${person.id} (${person.name} <${person.email}>): dry run, nothing is changed`,
    `Starts ${person.start}; ${when}. Case onboard/${person.id}/${person.start}.`,
    '',
    ...ONBOARDING.flatMap((step, i) => [
      `${String(i + 1).padStart(2)}. ${step.name.padEnd(width)}  ${step.summary}`,
      ...(step.plan(kase, { directory }).length
        ? step.plan(kase, { directory }).map((call) => `${' '.repeat(width + 6)}${call}`)
        : [`${' '.repeat(width + 6)}(nothing to do for ${person.id})`]),
    ]),
    '',
    'Each step reads the current state first and skips what is already done; each appends an audit record.',
  ];
}
