// The audit trail of the lifecycle workflows: every step appends one record (who, what,
// when, the state before and after, the Okta request ids behind the change). Records are
// never updated or deleted; within a case they are numbered 1, 2, 3... in append order.

export type Workflow = 'offboarding' | 'onboarding' | 'mover';

/** changed: the step made calls; unchanged: state was already right; not-due: too early; failed. */
export type AuditOutcome = 'changed' | 'unchanged' | 'not-due' | 'failed';

export interface AuditEntry {
  /** One offboarding, onboarding or move of one person, e.g. `offboard/isabel-santos/2026-11-13`. */
  readonly caseId: string;
  readonly workflow: Workflow;
  readonly step: string;
  readonly outcome: AuditOutcome;
  /** ISO timestamp. */
  readonly at: string;
  /** Who made it happen: `cli:<user>`, `okta:<admin login>`, `stepfunctions:<execution>`. */
  readonly actor: string;
  readonly personId?: string;
  readonly oktaUserId?: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** X-Okta-Request-Id (or the AWS request/message id) of every mutating call the step made. */
  readonly requestIds: readonly string[];
  readonly note?: string;
  readonly error?: string;
}

export interface AuditRecord extends AuditEntry {
  readonly seq: number;
}

export interface AuditStore {
  /** Appends after the case's last record; never overwrites one (conditional write). */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** The case's records in append order. */
  list(caseId: string): Promise<AuditRecord[]>;
}

/** Thrown when a write would overwrite an existing record (a concurrent append won the race). */
export class AuditConflictError extends Error {
  override readonly name = 'AuditConflictError';
}

/** Appends with optimistic numbering: read the last seq, write seq+1 if free, retry on a race. */
export async function appendWithRetry(
  entry: AuditEntry,
  lastSeq: () => Promise<number>,
  putIfAbsent: (record: AuditRecord) => Promise<void>,
  attempts = 5,
): Promise<AuditRecord> {
  for (let i = 1; ; i++) {
    const record = { ...entry, seq: (await lastSeq()) + 1 };
    try {
      await putIfAbsent(record);
      return record;
    } catch (error) {
      if (!(error instanceof AuditConflictError) || i >= attempts) throw error;
    }
  }
}
