// A person's lifecycle status on a given day, from their start and end dates.
import { addDays } from './calendar-date';
import type { PersonStatus } from './org-model';

/**
 * `start` is the first working day and `end` the last. Accounts are staged until
 * `leadDays` before the start, active through the end date, suspended after it, and
 * deprovisioned once `graceDays` more have passed.
 */
export function personStatus(
  dates: { start: string; end?: string },
  today: string,
  leadDays: number,
  graceDays: number,
): PersonStatus {
  if (today < addDays(dates.start, -leadDays)) return 'staged';
  if (dates.end === undefined || today <= dates.end) return 'active';
  return today <= addDays(dates.end, graceDays) ? 'suspended' : 'deprovisioned';
}

/**
 * personStatus for many people on one day: the two dates it compares with, computed once
 * (`today < start - lead` is `start > today + lead`; `today <= end + grace` is
 * `today - grace <= end`), instead of two date computations per person.
 */
export function personStatusOn(
  today: string,
  leadDays: number,
  graceDays: number,
): (dates: { start: string; end?: string }) => PersonStatus {
  const stagedAfter = addDays(today, leadDays);
  const graceFrom = addDays(today, -graceDays);
  return (dates) => {
    if (dates.start > stagedAfter) return 'staged';
    if (dates.end === undefined || today <= dates.end) return 'active';
    return graceFrom <= dates.end ? 'suspended' : 'deprovisioned';
  };
}
