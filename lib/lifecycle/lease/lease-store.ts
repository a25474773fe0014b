// One case per person at a time: a lease. Whoever runs a person's offboarding (a CLI run,
// a Step Functions execution) first takes the lease on the person's key; a second run finds
// it held and stops before changing anything. A lease expires, so a run that was killed
// holds no one up for longer than its time to live: the next run takes it over. The holder
// renews it before each step and releases it when done.
import { CASE_ALREADY_RUNNING_ERROR } from '../handlers/task-names';

export interface Lease {
  /** What is leased: `offboard/<person id or login>`. */
  readonly key: string;
  /** Who holds it: unique per run (a CLI run's id, a Step Functions execution ARN). */
  readonly holder: string;
  /** Who started the run, for the message a second run prints (`cli:amara`, `stepfunctions:…`). */
  readonly actor: string;
  readonly caseId: string;
  /** When the holder first took it (ISO 8601); kept on renewal. */
  readonly since: string;
  /** When it lapses unless renewed (ISO 8601). */
  readonly expiresAt: string;
}

export interface LeaseRequest {
  readonly key: string;
  readonly holder: string;
  readonly actor: string;
  readonly caseId: string;
  /** Milliseconds since the epoch. */
  readonly now: number;
  readonly ttlMs: number;
}

export type LeaseResult =
  | { readonly taken: true; readonly lease: Lease }
  | { readonly taken: false; readonly held: Lease };

export interface LeaseStore {
  /**
   * Takes the lease when nobody holds it, when it has expired, or when `holder` already
   * holds it (a renewal: `since` is kept). Atomic: of two runs racing for it, one gets it.
   */
  acquire(request: LeaseRequest): Promise<LeaseResult>;
  /** Gives the lease up, if `holder` still holds it (otherwise does nothing). */
  release(key: string, holder: string): Promise<void>;
  /** The lease on `key`, expired or not, if there is one. */
  get(key: string): Promise<Lease | undefined>;
}

/** How long a lease lasts without renewal: longer than any one step (Okta retries are bounded at about four minutes). */
export const LEASE_TTL_MS = 15 * 60_000;

/** A second run found the person's case already running. */
export class CaseAlreadyRunningError extends Error {
  override readonly name = CASE_ALREADY_RUNNING_ERROR;
  constructor(readonly held: Lease) {
    super(`already running (case ${held.caseId}, since ${held.since}, by ${held.actor})`);
  }
}

/** The decision every store makes, from the lease it finds: may `request` take it? */
export function mayTake(current: Lease | undefined, request: LeaseRequest): boolean {
  return (
    current === undefined || current.holder === request.holder || Date.parse(current.expiresAt) <= request.now
  );
}

/** The lease `request` takes over `current` (a renewal keeps `since`). */
export function leaseFor(current: Lease | undefined, request: LeaseRequest): Lease {
  return {
    key: request.key,
    holder: request.holder,
    actor: request.actor,
    caseId: request.caseId,
    since:
      current?.holder === request.holder && current.caseId === request.caseId
        ? current.since
        : new Date(request.now).toISOString(),
    expiresAt: new Date(request.now + request.ttlMs).toISOString(),
  };
}
