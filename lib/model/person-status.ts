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
