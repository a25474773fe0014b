// Runs one step of a workflow and appends its audit record — also when the step fails,
// with the ids of whatever it changed before failing, so the trail stays complete.
import { type AuditEntry, type AuditRecord, type AuditStore, openIntents } from './audit/audit-store';
import type { Clock } from './clock';
import { StepLog, type StepResult } from './lifecycle-step';

export interface StepReport extends StepResult {
  readonly step: string;
  readonly requestIds: readonly string[];
}

export type AuditBase = Omit<
  AuditEntry,
  'outcome' | 'at' | 'requestIds' | 'before' | 'after' | 'note' | 'error'
>;

export async function runAudited(
  deps: { readonly audit: AuditStore; readonly clock: Clock },
  base: AuditBase,
  run: (log: StepLog) => Promise<StepResult>,
  /** The case's records so far: intents an earlier run left open are closed once the step is done. */
  history: readonly AuditRecord[] = [],
): Promise<StepReport> {
  const at = () => new Date(deps.clock.now()).toISOString();
  const log = new StepLog(async (change, outcome, detail) => {
    await deps.audit.append({
      ...base,
      change,
      outcome,
      at: at(),
      requestIds: detail?.requestIds ?? [],
      ...(detail?.note === undefined ? {} : { note: detail.note }),
      ...(detail?.error === undefined ? {} : { error: detail.error }),
    });
  });
  let result: StepResult;
  try {
    result = await run(log);
    // The step read Okta and left it right: a change an earlier run intended is made, by that
    // run (its answer or its record lost) unless this run had to make it again.
    for (const change of openIntents(history, base.step).filter((c) => !log.closed.includes(c)))
      await log.outcome(change, log.intents.includes(change) ? 'not-applied' : 'applied', {
        note: log.intents.includes(change)
          ? 'an earlier run stopped before it was made: made by this run'
          : 'an earlier run stopped before recording it: found made on reading Okta',
      });
  } catch (error) {
    await deps.audit.append({
      ...base,
      outcome: 'failed',
      at: at(),
      requestIds: log.requestIds,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    throw error;
  }
  await deps.audit.append({
    ...base,
    outcome: result.outcome,
    at: at(),
    ...(result.before === undefined ? {} : { before: result.before }),
    ...(result.after === undefined ? {} : { after: result.after }),
    requestIds: log.requestIds,
    ...(result.note === undefined ? {} : { note: result.note }),
  });
  return { step: base.step, ...result, requestIds: log.requestIds };
}
