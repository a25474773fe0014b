// Sending one notice with its intent and outcome on record: the intent first (so a run
// stopped mid-send never sends it again), then applied with the message id, or not-applied
// when the mail service refused it (the next run sends it).
import type { StepLog } from '../lifecycle-step';

export async function sendOnce(
  log: StepLog,
  change: string,
  send: () => Promise<{ readonly messageId: string }>,
): Promise<{ readonly messageId: string }> {
  await log.intent(change);
  let sent: { readonly messageId: string };
  try {
    sent = await send();
  } catch (error) {
    await log.outcome(change, 'not-applied', {
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    throw error;
  }
  log.add(sent);
  await log.outcome(change, 'applied', { requestIds: [sent.messageId] });
  return sent;
}
