// An in-memory audit store with the same append-only semantics as the DynamoDB one: for
// tests and the benchmark.
import {
  AuditConflictError,
  type AuditEntry,
  type AuditRecord,
  type AuditStore,
  appendWithRetry,
} from './audit-store';

export class MemoryAuditStore implements AuditStore {
  private readonly cases = new Map<string, AuditRecord[]>();

  append(entry: AuditEntry): Promise<AuditRecord> {
    return appendWithRetry(
      entry,
      async () => this.cases.get(entry.caseId)?.length ?? 0,
      async (record) => {
        const records = this.cases.get(record.caseId) ?? [];
        if (records.some((r) => r.seq === record.seq))
          throw new AuditConflictError(`seq ${record.seq} exists`);
        records.push(structuredClone(record));
        this.cases.set(record.caseId, records);
      },
    );
  }

  async list(caseId: string): Promise<AuditRecord[]> {
    return structuredClone(this.cases.get(caseId) ?? []);
  }

  /** Every record of every case, by case id then seq. */
  all(): AuditRecord[] {
    return [...this.cases.keys()].sort().flatMap((id) => structuredClone(this.cases.get(id)!));
  }
}
