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

/** A change's audit record, written at once (the step's own record comes when it ends). */
export type ChangeJournal = (
  change: string,
  outcome: 'intent' | 'applied' | 'not-applied' | 'unconfirmed',
  detail?: { readonly requestIds?: readonly string[]; readonly note?: string; readonly error?: string },
) => Promise<void>;

/**
 * Collects the ids of the mutating calls a step made, even when it fails halfway, and
 * writes each change's intent and outcome to the audit trail as they happen.
 */
export class StepLog {
  readonly requestIds: string[] = [];
  /** The changes this run recorded an intent for. */
  readonly intents: string[] = [];
  /** The changes this run recorded an outcome for. */
  readonly closed: string[] = [];

  constructor(private readonly journal?: ChangeJournal) {}

  /** Records, before a change is sent, that it is about to be. */
  async intent(change: string): Promise<void> {
    this.intents.push(change);
    await this.journal?.(change, 'intent');
  }

  /** Records what became of a change. */
  async outcome(
    change: string,
    outcome: 'applied' | 'not-applied' | 'unconfirmed',
    detail?: Parameters<ChangeJournal>[2],
  ): Promise<void> {
    this.closed.push(change);
    await this.journal?.(change, outcome, detail);
  }

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

/**
 * Whether an earlier run of this case already made (or may have made) this step's change:
 * the step ended changed, or one of its changes was last recorded as intended, applied or
 * unconfirmed (not as not-applied). For what no one can read back (a notice): at most once.
 */
export function alreadyDone(history: readonly AuditRecord[], step: string): boolean {
  const last = new Map<string, string>();
  for (const r of history) if (r.step === step && r.change !== undefined) last.set(r.change, r.outcome);
  return (
    history.some((r) => r.step === step && r.outcome === 'changed') ||
    [...last.values()].some((o) => o !== 'not-applied')
  );
}
