// What an offboarding step is: a name, what it would call (for --dry-run), and a run that
// reads the current state first and changes only what is not yet right, so a re-run makes
// no mutating call.
import type { OFFBOARDING_STEPS } from '../../model/schema/lifecycle';
import type { AuditRecord, AuditStore } from '../audit/audit-store';
import type { AwsAccessDenial } from '../aws-access/aws-access-denial';
import type { Clock } from '../clock';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { Notifier } from '../notify/notifier';
import type { OktaDirectory } from '../okta/okta-directory';
import type { OffboardingCase } from './offboarding-case';

export type OffboardingStepName = (typeof OFFBOARDING_STEPS)[number];

export interface LifecycleDeps {
  readonly okta: OktaDirectory;
  readonly aws: AwsAccessDenial;
  readonly notifier: Notifier;
  readonly audit: AuditStore;
  readonly directory: LifecycleDirectory;
  readonly clock: Clock;
}

export interface StepResult {
  readonly outcome: 'changed' | 'unchanged' | 'not-due';
  readonly before?: unknown;
  readonly after?: unknown;
  readonly note?: string;
}

/** Collects the ids of the mutating calls a step made, even when it fails halfway. */
export class StepLog {
  readonly requestIds: string[] = [];

  add(change: {
    readonly requestIds?: readonly string[];
    readonly requestId?: string;
    readonly messageId?: string;
  }) {
    this.requestIds.push(
      ...(change.requestIds ?? []),
      ...[change.requestId, change.messageId].filter((id) => id !== undefined),
    );
  }
}

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

/** Whether an earlier run of this case already made this step's change. */
export function alreadyDone(history: readonly AuditRecord[], step: string): boolean {
  return history.some((r) => r.step === step && r.outcome === 'changed');
}
