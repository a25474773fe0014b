// ISO-8601 durations (`PT8H`, `P30D`, `P1Y`) as used in the config: parsed to seconds so
// they can be compared with each other and with guardrail tolerances.

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const SECONDS = { year: 365 * 86400, month: 30 * 86400, week: 7 * 86400, day: 86400, hour: 3600, minute: 60 };

/** Seconds in an ISO-8601 duration, or undefined when it is not one. Years are 365 days, months 30. */
export function durationSeconds(text: string): number | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  return (
    y * SECONDS.year +
    mo * SECONDS.month +
    w * SECONDS.week +
    d * SECONDS.day +
    h * SECONDS.hour +
    mi * SECONDS.minute +
    s
  );
}

/** Whole days in a duration, rounded up (retention periods are set in days). */
export function durationDays(text: string): number | undefined {
  const seconds = durationSeconds(text);
  return seconds === undefined ? undefined : Math.ceil(seconds / SECONDS.day);
}
