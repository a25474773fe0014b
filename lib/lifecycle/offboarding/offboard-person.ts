// Offboards one person start to finish, step by step in order: what the CLI runs in an
// emergency and the benchmark measures. (The workflow runs the same steps one Lambda
// invocation at a time.) One run per person at a time: the run takes the person's lease
// before its first Okta call (a run that finds it held changes nothing), renews it before
// each step and releases it at the end. Stops at the first failed step; a re-run picks up
// from the state.
import { randomUUID } from 'node:crypto';
import { dayOf } from '../clock';
import type { LeaseStore } from '../lease/lease-store';
import { MemoryLeaseStore } from '../lease/memory-lease-store';
import type { LifecycleDeps } from '../lifecycle-step';
import { UnknownOktaUserError } from '../okta/okta-errors';
import { CaseLease, plannedCaseId } from './case-lease';
import { type OffboardingCase, type OffboardingRequest, openOffboardingCase } from './offboarding-case';
import { OFFBOARDING } from './offboarding-steps';
import { runOffboardingStep, type StepReport } from './run-offboarding-step';

export interface OffboardingReport {
  readonly kase: OffboardingCase;
  readonly steps: readonly StepReport[];
}

/** @default a lease store of this call alone (callers that may run concurrently pass a shared one) */
export interface OffboardingRun {
  readonly leases: LeaseStore;
  /** Unique to this run (two runs by one person are two holders). */
  readonly holder: string;
  /** Called once the case is open, and after each step. */
  readonly onOpen?: (kase: OffboardingCase) => void;
  readonly onStep?: (report: StepReport) => void;
}

/** Where a run stopped (`open-case` or a step name), and why; nothing after it ran. */
export class OffboardingStoppedError extends Error {
  override readonly name = 'OffboardingStoppedError';
  constructor(
    readonly at: string,
    override readonly cause: unknown,
    readonly kase?: OffboardingCase,
  ) {
    super(`offboarding stopped at ${at}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Throws CaseAlreadyRunningError (nothing done), NotLeavingError or UnknownPersonError
 * (from the config, nothing done), UnknownOktaUserError, or OffboardingStoppedError.
 */
export async function offboardPerson(
  deps: LifecycleDeps,
  request: Omit<OffboardingRequest, 'today'> & { readonly today?: string },
  run: OffboardingRun = { leases: new MemoryLeaseStore(), holder: `run-${randomUUID()}` },
): Promise<OffboardingReport> {
  const today = request.today ?? dayOf(deps.clock.now());
  const full = { ...request, today };
  const lease = await CaseLease.take(run.leases, deps.clock, {
    caseId: plannedCaseId(deps.directory, full),
    holder: run.holder,
    actor: request.actor,
  });
  try {
    const kase = await openOffboardingCase(deps.okta, deps.directory, full).catch((error: unknown) => {
      if (error instanceof UnknownOktaUserError) throw error;
      throw new OffboardingStoppedError('open-case', error);
    });
    run.onOpen?.(kase);
    const steps: StepReport[] = [];
    for (const step of OFFBOARDING) {
      await lease.renew();
      try {
        steps.push(await runOffboardingStep(deps, kase, step.name, today));
      } catch (error) {
        throw new OffboardingStoppedError(step.name, error, kase);
      }
      run.onStep?.(steps.at(-1)!);
    }
    return { kase, steps };
  } finally {
    await lease.release();
  }
}
