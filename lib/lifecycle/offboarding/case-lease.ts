// The lease of an offboarding case: keyed on the person (not the case), so two cases for
// one person (a CLI emergency run and the workflow, or two last days) never run at once.
// Taken before the first Okta call, from the config alone, so a run that finds the case
// running has changed nothing; renewed before each step; released when the run ends.
import type { Clock } from '../clock';
import { findPerson, personByEmail } from '../find-person';
import { CaseAlreadyRunningError, LEASE_TTL_MS, type Lease, type LeaseStore } from '../lease/lease-store';
import type { LifecycleDirectory } from '../lifecycle-directory';
import { type OffboardingRequest, offboardingDates } from './offboarding-case';

/** The case id `openOffboardingCase` will give this request, known before asking Okta. */
export function plannedCaseId(directory: LifecycleDirectory, request: OffboardingRequest): string {
  const person = request.person.includes('@')
    ? personByEmail(directory, request.person)
    : findPerson(directory, request.person);
  const { lastDay } = offboardingDates(directory, person, request);
  return `offboard/${person?.id ?? request.person.trim().toLowerCase()}/${lastDay}`;
}

/** `offboard/<person>`: what the lease of a case is on. */
export const leaseKeyOf = (caseId: string): string => caseId.split('/').slice(0, 2).join('/');

/** A lease held for one run: renewed before each step, released at the end. */
export class CaseLease {
  private constructor(
    private readonly leases: LeaseStore,
    private readonly clock: Clock,
    readonly lease: Lease,
  ) {}

  /** Takes the case's lease for `holder`; throws CaseAlreadyRunningError when another run holds it. */
  static async take(
    leases: LeaseStore,
    clock: Clock,
    request: { readonly caseId: string; readonly holder: string; readonly actor: string },
    /** Hold it at least until this instant (a workflow waiting out the grace period). */
    untilMs?: number,
  ): Promise<CaseLease> {
    const now = clock.now();
    const result = await leases.acquire({
      key: leaseKeyOf(request.caseId),
      holder: request.holder,
      actor: request.actor,
      caseId: request.caseId,
      now,
      ttlMs: Math.max(LEASE_TTL_MS, (untilMs ?? 0) - now + LEASE_TTL_MS),
    });
    if (!result.taken) throw new CaseAlreadyRunningError(result.held);
    return new CaseLease(leases, clock, result.lease);
  }

  /** Extends the lease before a step; throws CaseAlreadyRunningError if another run took it over. */
  async renew(untilMs?: number): Promise<void> {
    await CaseLease.take(this.leases, this.clock, this.lease, untilMs);
  }

  release(): Promise<void> {
    return this.leases.release(this.lease.key, this.lease.holder);
  }
}
