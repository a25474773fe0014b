// Notices to people (a leaver's manager, security, IT): the interface the steps use.

export interface Notice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
}

export interface Notifier {
  /** Sends one notice; returns the provider's message id (recorded in the audit trail). */
  send(notice: Notice): Promise<{ readonly messageId: string }>;
}

/** Keeps notices in memory: for tests, the benchmark and dry runs. */
export class MemoryNotifier implements Notifier {
  readonly sent: Notice[] = [];

  async send(notice: Notice): Promise<{ messageId: string }> {
    this.sent.push(notice);
    return { messageId: `notice-${this.sent.length}` };
  }
}
