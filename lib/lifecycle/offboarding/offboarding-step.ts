// What an offboarding step is: a name, what it would call (for --dry-run), and a run that
// reads the current state first and changes only what is not yet right, so a re-run makes
// no mutating call.
import type { OffboardingStepName } from '../../model/schema/lifecycle';
import type { AuditRecord } from '../audit/audit-store';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { LifecycleDeps, StepLog, StepResult } from '../lifecycle-step';
import type { OffboardingCase } from './offboarding-case';

export type { OffboardingStepName };

export interface StepRun {
  readonly deps: LifecycleDeps;
  readonly kase: OffboardingCase;
  /** The case's audit records so far (earlier steps, earlier runs). */
  readonly history: readonly AuditRecord[];
  readonly today: string;
  readonly log: StepLog;
}

export interface OffboardingStep {
  readonly name: OffboardingStepName;
  /** One line: what the step does and why here. */
  readonly summary: string;
  /** The calls it would make, for a dry run (from the config only: no credentials needed). */
  plan(
    directory: LifecycleDirectory,
    person: DirectoryPerson,
    dates: { readonly lastDay: string; readonly deactivateOn: string },
  ): readonly string[];
  run(run: StepRun): Promise<StepResult>;
}
