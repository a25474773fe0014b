// Leases as local files, for CLI runs without a lease table: one JSON file per person in a
// folder (.blueprint/leases/ by default). Read-decide-write happens under a lock directory
// (mkdir is atomic), so two blueprint processes on one machine cannot both take a lease.
// Runs on other machines do not see these files: point the CLI at the DynamoDB table
// (BLUEPRINT_LEASE_TABLE) so CLI runs and the workflow share one set of leases.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Lease,
  type LeaseRequest,
  type LeaseResult,
  type LeaseStore,
  leaseFor,
  mayTake,
} from './lease-store';

/** A lock directory older than this was left by a killed process. */
const STALE_LOCK_MS = 10_000;

export class FileLeaseStore implements LeaseStore {
  constructor(readonly dir: string) {}

  async acquire(request: LeaseRequest): Promise<LeaseResult> {
    return this.locked(request.key, () => {
      const current = this.read(request.key);
      if (current !== undefined && !mayTake(current, request)) return { taken: false, held: current };
      const lease = leaseFor(current, request);
      const path = this.path(request.key);
      writeFileSync(`${path}.tmp`, `${JSON.stringify(lease)}\n`);
      renameSync(`${path}.tmp`, path);
      return { taken: true, lease };
    });
  }

  async release(key: string, holder: string): Promise<void> {
    await this.locked(key, () => {
      if (this.read(key)?.holder === holder) rmSync(this.path(key), { force: true });
    });
  }

  async get(key: string): Promise<Lease | undefined> {
    return this.read(key);
  }

  private path(key: string): string {
    return join(this.dir, `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
  }

  private read(key: string): Lease | undefined {
    const path = this.path(key);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lease) : undefined;
  }

  private async locked<T>(key: string, body: () => T): Promise<T> {
    mkdirSync(this.dir, { recursive: true });
    const lock = `${this.path(key)}.lock`;
    for (let attempt = 0; ; attempt++) {
      try {
        mkdirSync(lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS)
          rmSync(lock, { recursive: true, force: true });
        else if (attempt > 200)
          throw new Error(`the lease lock ${lock} is held: another blueprint process is stuck`);
        await new Promise((done) => setTimeout(done, 10));
      }
    }
    try {
      return body();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
