// Making one change (suspend a user, remove a membership, unassign an app...) so that it
// happens once whatever the network does. The step has just read the state and decided the
// change is needed; it is sent once. When the answer is lost (OktaAmbiguousOutcomeError:
// timeout, dropped connection, 5xx after sending) the state is read again, and the change is
// sent again only if it is still not made. An answer that may mean "already so" (400, 403,
// 404) is checked the same way, never assumed. Anything else fails the step.
import type { Clock } from '../clock';
import type { StepLog } from '../lifecycle-step';
import { OktaAmbiguousOutcomeError, OktaUnavailableError, oktaStatusOf } from '../okta/okta-errors';

/** What a change's call returns: the ids of the requests that made it. */
export interface ChangeReceipt {
  readonly requestIds?: readonly string[];
  readonly requestId?: string;
  readonly messageId?: string;
}

export interface ChangeSpec {
  /** One line for errors and the audit: `suspend 00u…`, `remove from group Data Analysts`. */
  readonly describe: string;
  /** Reads the current state: whether the change is in place (made by anyone). */
  readonly isDone: () => Promise<boolean>;
  readonly send: () => Promise<ChangeReceipt>;
  /**
   * Whether a failure may have left the change made (re-read, then re-send if not).
   * @default an OktaAmbiguousOutcomeError
   */
  readonly ambiguous?: (error: unknown) => boolean;
  /**
   * Whether a refusal may mean the change is already in place (re-read, never re-sent).
   * @default an Okta answer of 400, 403 or 404
   */
  readonly maybeDone?: (error: unknown) => boolean;
  /**
   * The note on the not-applied record when Okta refuses with 403 and the change is confirmed
   * not made: the change is outside the credential's admin scope (whose it is, what to do).
   * @default none (the record carries the error only)
   */
  readonly whenForbidden?: string;
}

/** `sent`: this call made it; `found`: Okta's state shows it made (by a lost call, or by anyone). */
export interface ChangeMade {
  readonly made: 'sent' | 'found';
  readonly note?: string;
}

/** How many times a change whose answers keep getting lost is sent, and the wait between. */
export const CHANGE_ATTEMPTS = 3;
export const CHANGE_BACKOFF_MS = 2_000;

/** Thrown when a refusal (e.g. 403) is confirmed: the change is not made. */
export class ChangeRefusedError extends Error {
  override readonly name = 'ChangeRefusedError';
  constructor(
    message: string,
    readonly status: number | undefined,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

const isAmbiguous = (error: unknown) => error instanceof OktaAmbiguousOutcomeError;
const mayMeanDone = (error: unknown) => [400, 403, 404].includes(oktaStatusOf(error) ?? 0);

export async function makeChange(
  deps: { readonly clock: Clock },
  log: StepLog,
  spec: ChangeSpec,
): Promise<ChangeMade> {
  const ambiguous = spec.ambiguous ?? isAmbiguous;
  const maybeDone = spec.maybeDone ?? mayMeanDone;
  // Write-ahead: the intent is on record before anything is sent, the outcome once known.
  await log.intent(spec.describe);
  const ids: string[] = [];
  const note = (receipt: ChangeReceipt) => {
    log.add(receipt);
    ids.push(
      ...(receipt.requestIds ?? []),
      ...[receipt.requestId, receipt.messageId].filter((x) => x !== undefined),
    );
  };
  let unknown = false;
  const isDone = async () => {
    try {
      return await spec.isDone();
    } catch (error) {
      unknown = true;
      throw error;
    }
  };
  let made: ChangeMade;
  try {
    made = await attempts(deps, { ...spec, isDone }, ambiguous, maybeDone, note);
  } catch (error) {
    // Okta could not be read back: the intent stays open, and the next run reads it again.
    if (unknown) throw error;
    const forbidden = error instanceof ChangeRefusedError && error.status === 403;
    await log.outcome(spec.describe, 'not-applied', {
      requestIds: ids,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      ...(forbidden && spec.whenForbidden ? { note: spec.whenForbidden } : {}),
    });
    throw error;
  }
  // Outside the try: should this record fail, the intent stays open (never "not applied").
  await log.outcome(spec.describe, 'applied', { requestIds: ids, ...(made.note ? { note: made.note } : {}) });
  return made;
}

async function attempts(
  deps: { readonly clock: Clock },
  spec: ChangeSpec,
  ambiguous: (error: unknown) => boolean,
  maybeDone: (error: unknown) => boolean,
  note: (receipt: ChangeReceipt) => void,
): Promise<ChangeMade> {
  for (let attempt = 1; ; attempt++) {
    try {
      note(await spec.send());
      return { made: 'sent' };
    } catch (error) {
      if (error instanceof OktaAmbiguousOutcomeError && error.requestId) note({ requestId: error.requestId });
      if (ambiguous(error)) {
        if (await spec.isDone())
          return {
            made: 'found',
            note: `${spec.describe}: confirmed by reading Okta after ${reason(error)}`,
          };
        if (attempt >= CHANGE_ATTEMPTS) {
          if (!(error instanceof OktaAmbiguousOutcomeError)) throw error;
          throw new OktaUnavailableError(
            `${spec.describe}: not made after ${attempt} attempts whose answers were lost (last: ${error.lost})`,
          );
        }
        await deps.clock.sleep(CHANGE_BACKOFF_MS * 2 ** (attempt - 1));
        continue;
      }
      if (maybeDone(error)) {
        if (await spec.isDone())
          return {
            made: 'found',
            note: `${spec.describe}: already so (${reason(error)}, confirmed by reading Okta)`,
          };
        throw new ChangeRefusedError(
          `${spec.describe}: refused (${reason(error)})`,
          oktaStatusOf(error),
          error,
        );
      }
      throw error;
    }
  }
}

function reason(error: unknown): string {
  if (error instanceof OktaAmbiguousOutcomeError) return `a lost answer (${error.lost})`;
  const status = oktaStatusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  return error instanceof Error ? error.message : String(error);
}
