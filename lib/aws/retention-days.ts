// Config retention durations (ISO-8601) as the day counts AWS services accept.
import * as logs from 'aws-cdk-lib/aws-logs';
import { durationDays } from '../model/duration';

/** Whole days of a config duration; `where` names the config field for the error. */
export function retentionDays(duration: string, where: string): number {
  const n = durationDays(duration);
  if (n === undefined || n < 1) {
    throw new Error(`${where}: expected a duration of at least one day, got ${JSON.stringify(duration)}`);
  }
  return n;
}

const LOG_RETENTIONS = Object.values(logs.RetentionDays)
  .filter((v): v is number => typeof v === 'number' && v !== logs.RetentionDays.INFINITE)
  .sort((a, b) => a - b);

/** The shortest CloudWatch Logs retention that keeps logs at least as long as asked (capped at 10 years). */
export function logRetention(duration: string, where: string): logs.RetentionDays {
  const days = retentionDays(duration, where);
  return (LOG_RETENTIONS.find((r) => r >= days) ??
    LOG_RETENTIONS[LOG_RETENTIONS.length - 1]) as logs.RetentionDays;
}
