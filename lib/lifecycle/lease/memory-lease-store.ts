// Leases in memory, with the same semantics as the DynamoDB store: for tests and the benchmark.
import {
  type Lease,
  type LeaseRequest,
  type LeaseResult,
  type LeaseStore,
  leaseFor,
  mayTake,
} from './lease-store';

export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, Lease>();
  /** Every lease ever taken or renewed, in order (tests check who held what). */
  readonly taken: Lease[] = [];

  async acquire(request: LeaseRequest): Promise<LeaseResult> {
    const current = this.leases.get(request.key);
    if (current !== undefined && !mayTake(current, request)) return { taken: false, held: { ...current } };
    const lease = leaseFor(current, request);
    this.leases.set(request.key, lease);
    this.taken.push(lease);
    return { taken: true, lease: { ...lease } };
  }

  async release(key: string, holder: string): Promise<void> {
    if (this.leases.get(key)?.holder === holder) this.leases.delete(key);
  }

  async get(key: string): Promise<Lease | undefined> {
    const lease = this.leases.get(key);
    return lease && { ...lease };
  }
}
