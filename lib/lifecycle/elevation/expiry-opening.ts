// How every expiry opens, a membership's (expire-elevation.ts) as a grant's (expire-grant.ts):
// run before its end (by hand, or a clock that disagrees), each step is recorded not due and
// nothing is removed; ended early, the trail first says from when and why.
import type { AuditStore } from '../audit/audit-store';
import { type AuditBase, runAudited, type StepReport } from '../audited-step';
import type { Clock } from '../clock';
import { dueAt, ENDED_EARLY_STEP, type ExpiryRequest } from './elevation-case';

export interface ExpiryOpening {
  /** Whether the end has come: the removal steps run only then. */
  readonly due: boolean;
  readonly steps: readonly StepReport[];
}

export async function openExpiry(
  deps: { readonly audit: AuditStore; readonly clock: Clock },
  request: ExpiryRequest,
  /** The expiry's steps, each recorded not due before its end. */
  stepNames: readonly string[],
  base: (step: string) => AuditBase,
  /** What ends, for the not-due note: "the elevation", "the elevated grant". */
  what: string,
): Promise<ExpiryOpening> {
  const steps: StepReport[] = [];
  if (deps.clock.now() < Date.parse(dueAt(request))) {
    for (const step of stepNames)
      steps.push(
        await runAudited(deps, base(step), async () => ({
          outcome: 'not-due',
          note: `${what} ends at ${dueAt(request)}`,
        })),
      );
    return { due: false, steps };
  }
  const early = request.endedEarly;
  if (early)
    steps.push(
      await runAudited(deps, base(ENDED_EARLY_STEP), async () => ({
        outcome: 'unchanged',
        note: `ended from ${early.at}: ${early.reason}`,
      })),
    );
  return { due: true, steps };
}
