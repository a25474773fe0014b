// Durations as Okta's authentication policy rules take them (`reAuthenticationFrequency`,
// `inactivityPeriod`): ISO-8601 in whole hours or whole minutes.
import { durationSeconds } from '../../model/duration';

/** An ISO-8601 duration in the whole-hour or whole-minute form Okta accepts. */
export function oktaPeriod(duration: string): string {
  const seconds = durationSeconds(duration);
  if (seconds === undefined) throw new Error(`internal: not a duration: ${duration}`);
  return seconds % 3600 === 0 ? `PT${seconds / 3600}H` : `PT${Math.max(1, Math.round(seconds / 60))}M`;
}
