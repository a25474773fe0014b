// Lambda: the workflow tasks that send notices (the data-transfer request, the offboarding
// summary, the joiner's manager). Sends email through SES; no Okta or Identity Center access.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesNotifier } from '../notify/ses-notifier';
import { lifecycleHandler, notGiven } from './lambda-runtime';
import { LIFECYCLE_ACTIONS as A } from './task-names';
import { NOTIFY_STEPS } from './task-routing';

export const handler = lifecycleHandler(
  'notify-tasks',
  { actions: [A.offboardingStep, A.onboardingStep], steps: NOTIFY_STEPS },
  async (directory) => ({
    okta: notGiven('Okta', 'notify-tasks'),
    aws: notGiven('AWS Identity Center', 'notify-tasks'),
    notifier: new SesNotifier(new SESv2Client({}), directory.sender),
  }),
);
