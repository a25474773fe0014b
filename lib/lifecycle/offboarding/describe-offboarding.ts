// The dry run of an offboarding: each step, what it does and the calls it would make,
// from the config alone (no credentials, no Okta). Identifiers only Okta knows (user,
// group and app ids) appear as placeholders.
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import { offboardingDates } from './offboarding-case';
import { OFFBOARDING } from './offboarding-steps';

export function describeOffboarding(
  directory: LifecycleDirectory,
  person: DirectoryPerson,
  options: { readonly today: string; readonly now?: boolean },
): string[] {
  const dates = offboardingDates(directory, person, options);
  const { lastDay, deactivateOn } = dates;
  const width = Math.max(...OFFBOARDING.map((s) => s.name.length));
  return [
    `Offboarding ${person.id} (${person.name} <${person.email}>): dry run, nothing is changed`,
    `Last day ${lastDay}; deactivation on or after ${deactivateOn} (grace period ${directory.offboarding.gracePeriod}). Case offboard/${person.id}/${lastDay}.`,
    '',
    ...OFFBOARDING.flatMap((step, i) => [
      `${String(i + 1).padStart(2)}. ${step.name.padEnd(width)}  ${step.summary}`,
      ...(step.plan(directory, person, dates).length
        ? step.plan(directory, person, dates).map((call) => `${' '.repeat(width + 6)}${call}`)
        : [`${' '.repeat(width + 6)}(nothing to do for ${person.id})`]),
    ]),
    '',
    'Each step reads the current state first and skips what is already done; each appends an audit record.',
  ];
}
