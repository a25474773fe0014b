// The audit trail of the lifecycle workflows: every step appends one record (who, what,
// when, the state before and after, the Okta request ids behind the change). Records are
// never updated or deleted; within a case they are numbered 1, 2, 3... in append order.

export type Workflow = 'offboarding' | 'onboarding' | 'mover' | 'elevation';

/**
 * A step's record: changed (the step made calls), unchanged (state was already right),
 * not-due (too early), failed. A change's records (they carry `change`), written around each
 * single change so none is made unrecorded: intent before it is sent; then applied (made, by
 * this call or found made when Okta was read back), not-applied (refused or failed, checked),
 * or unconfirmed (a notice whose sending no one can read back: never sent again).
 */
export type AuditOutcome =
  | 'changed'
  | 'unchanged'
  | 'not-due'
  | 'failed'
  | 'intent'
  | 'applied'
  | 'not-applied'
  | 'unconfirmed';

export interface AuditEntry {
  /** One offboarding, onboarding or move of one person, e.g. `offboard/isabel-santos/2026-11-13`. */
  readonly caseId: string;
  readonly workflow: Workflow;
  readonly step: string;
  /** On a change's records (intent and outcome): which change, e.g. `suspend isabel@… (ACTIVE)`. */
  readonly change?: string;
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

/** Changes of `step` whose intent was recorded and no outcome after it (the run stopped in between). */
export function openIntents(history: readonly AuditRecord[], step: string): string[] {
  const open = new Set<string>();
  for (const r of history) {
    if (r.step !== step || r.change === undefined) continue;
    if (r.outcome === 'intent') open.add(r.change);
    else open.delete(r.change);
  }
  return [...open];
}

/** Whether a change of `step` was ever intended in this case (whatever became of it). */
export function intended(history: readonly AuditRecord[], step: string, change: string): boolean {
  return history.some((r) => r.step === step && r.change === change && r.outcome === 'intent');
}
