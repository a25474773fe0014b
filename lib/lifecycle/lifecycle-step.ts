// What every workflow step shares: the dependencies it runs with, the result it reports,
// the log of the changes it made (for the audit trail), and how a step tells from the
// case's audit history that an earlier run already did its part.
import type { AuditRecord, AuditStore } from './audit/audit-store';
import type { AwsAccessDenial } from './aws-access/aws-access-denial';
import type { Clock } from './clock';
import type { LifecycleDirectory } from './lifecycle-directory';
import type { Notifier } from './notify/notifier';
import type { OktaDirectory } from './okta/okta-directory';

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

/** Whether an earlier run of this case already made this step's change. */
export function alreadyDone(history: readonly AuditRecord[], step: string): boolean {
  return history.some((r) => r.step === step && r.outcome === 'changed');
}
