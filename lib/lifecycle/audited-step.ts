// Runs one step of a workflow and appends its audit record — also when the step fails,
// with the ids of whatever it changed before failing, so the trail stays complete.
import type { AuditEntry, AuditStore } from './audit/audit-store';
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
): Promise<StepReport> {
  const log = new StepLog();
  const at = () => new Date(deps.clock.now()).toISOString();
  let result: StepResult;
  try {
    result = await run(log);
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
