// Calendar dates (`2026-12-31`) as plain strings: YAML 1.2 leaves them as strings, and
// comparing ISO dates as strings is exact, so no Date objects (and no time zones) leak in.

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const m = PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `date` plus `days` days, as a calendar date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export class InvalidPinnedDayError extends Error {
  constructor(value: string) {
    super(`BLUEPRINT_TODAY must be a date like 2026-12-31, got "${value}"`);
  }
}

/**
 * Today's date in UTC, or BLUEPRINT_TODAY (or the day of BLUEPRINT_NOW) when it is set, so runs are reproducible. A
 * malformed BLUEPRINT_TODAY throws rather than being silently ignored.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.BLUEPRINT_TODAY;
  if (pinned === undefined || pinned === '') {
    // BLUEPRINT_NOW (an instant, see instant.ts) pins the day too, so the two never disagree.
    const instant = env.BLUEPRINT_NOW;
    if (instant && /^\d{4}-\d{2}-\d{2}T/.test(instant) && isCalendarDate(instant.slice(0, 10)))
      return instant.slice(0, 10);
    return new Date().toISOString().slice(0, 10);
  }
  if (!isCalendarDate(pinned)) throw new InvalidPinnedDayError(pinned);
  return pinned;
}
