// The audit trail as a local JSON Lines file, for CLI runs without an audit table: one
// record per line, only ever appended. Copy it into the ticket, or point the CLI at the
// DynamoDB table (BLUEPRINT_AUDIT_TABLE) so CLI and workflow share one trail.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AuditConflictError,
  type AuditEntry,
  type AuditRecord,
  type AuditStore,
  appendWithRetry,
} from './audit-store';

export class FileAuditStore implements AuditStore {
  constructor(readonly path: string) {}

  append(entry: AuditEntry): Promise<AuditRecord> {
    return appendWithRetry(
      entry,
      async () => Math.max(0, ...this.read(entry.caseId).map((r) => r.seq)),
      async (record) => {
        if (this.read(record.caseId).some((r) => r.seq === record.seq))
          throw new AuditConflictError(`${record.caseId} #${record.seq} already exists`);
        mkdirSync(dirname(this.path), { recursive: true });
        appendFileSync(this.path, `${JSON.stringify(record)}\n`, { flag: 'a' });
      },
    );
  }

  async list(caseId: string): Promise<AuditRecord[]> {
    return this.read(caseId);
  }

  private read(caseId: string): AuditRecord[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as AuditRecord)
      .filter((r) => r.caseId === caseId);
  }
}
