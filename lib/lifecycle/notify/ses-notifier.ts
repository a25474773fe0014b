// Notices as plain-text email through Amazon SES (v2). The sender address (the team that
// owns on/offboarding) must be a verified SES identity in the stack's region.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Notice, Notifier } from './notifier';

export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(notice: Notice): Promise<{ messageId: string }> {
    const result = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [...notice.to] },
        Content: {
          Simple: {
            Subject: { Data: notice.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: notice.body, Charset: 'UTF-8' } },
          },
        },
      }),
    );
    return { messageId: result.MessageId ?? result.$metadata.requestId ?? 'unknown' };
  }
}
