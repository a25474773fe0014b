// Instants (`2026-12-03T18:00Z`) as the config writes them: UTC only, to the minute or the
// second, so a reviewer reads the same time the platform acts on. Kept as canonical strings
// (`2026-12-03T18:00:00Z`) that compare exactly as text, like calendar dates.
import { isCalendarDate } from './calendar-date';

const PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?Z$/;

/** Whether `text` is a UTC instant written `YYYY-MM-DDTHH:MM[:SS]Z`. */
export function isInstant(text: string): boolean {
  const m = PATTERN.exec(text);
  return m !== null && isCalendarDate(m[1]);
}

/** Milliseconds since the epoch of an instant (see `isInstant`). */
export function instantMs(text: string): number {
  return Date.parse(text);
}

/** The canonical form of an instant: `2026-12-03T18:00:00Z`. */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** The canonical form of an instant written in the config. */
export const canonicalInstant = (text: string): string => formatInstant(instantMs(text));

/** `18:00 UTC` (same day) or `2026-12-05 18:00 UTC`: how an expiry is shown next to `now`. */
export function showInstant(instant: string, now: string): string {
  const time = `${instant.slice(11, 16)} UTC`;
  return instant.slice(0, 10) === now.slice(0, 10) ? time : `${instant.slice(0, 10)} ${time}`;
}

/** `4 h`, `1 h 30 min`, `45 min`, `2 d 3 h`: a time left, rounded down to the minute. */
export function showTimeLeft(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const min = minutes % 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', min ? `${min} min` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : 'less than a minute';
}

export class InvalidPinnedInstantError extends Error {
  constructor(value: string) {
    super(`BLUEPRINT_NOW must be a UTC instant like 2026-12-03T18:00Z, got "${value}"`);
  }
}

/**
 * The instant to resolve the model at: BLUEPRINT_NOW when set; else the start of the day
 * BLUEPRINT_TODAY pins (so pinned runs stay reproducible); else the system clock.
 */
export function now(env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): string {
  const pinned = env.BLUEPRINT_NOW;
  if (pinned !== undefined && pinned !== '') {
    if (!isInstant(pinned)) throw new InvalidPinnedInstantError(pinned);
    return canonicalInstant(pinned);
  }
  const day = env.BLUEPRINT_TODAY;
  if (day !== undefined && day !== '' && isCalendarDate(day)) return `${day}T00:00:00Z`;
  return formatInstant(Math.floor(clock() / 1000) * 1000);
}
