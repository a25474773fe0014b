import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SesNotifier } from '../../../lib/lifecycle/notify/ses-notifier';

test('sends a plain-text email from the team that owns offboarding and returns the message id', async () => {
  const client = new SESv2Client({ region: 'eu-west-1' });
  const send = jest
    .spyOn(client, 'send')
    .mockImplementation((async () => ({ MessageId: 'ses-msg-1', $metadata: {} })) as never);
  const notifier = new SesNotifier(client, 'it@acme.example');
  const result = await notifier.send({
    to: ['james.carter@acme.example', 'security@acme.example'],
    subject: 'Offboarded: Isabel Santos',
    body: 'Done.',
  });
  expect(result).toEqual({ messageId: 'ses-msg-1' });
  const command = send.mock.calls[0][0] as SendEmailCommand;
  expect(command).toBeInstanceOf(SendEmailCommand);
  expect(command.input).toEqual({
    FromEmailAddress: 'it@acme.example',
    Destination: { ToAddresses: ['james.carter@acme.example', 'security@acme.example'] },
    Content: {
      Simple: {
        Subject: { Data: 'Offboarded: Isabel Santos', Charset: 'UTF-8' },
        Body: { Text: { Data: 'Done.', Charset: 'UTF-8' } },
      },
    },
  });
});
