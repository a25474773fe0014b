// Lambda: the workflow tasks that call Okta (opening cases, the Okta offboarding and
// onboarding steps, the mover report). The only function that reads the Okta credential.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { systemClock } from '../clock';
import { createOktaClient } from '../okta/create-okta-client';
import { oktaCredentials } from '../okta/okta-credentials';
import { DEFAULT_RETRY_POLICY } from '../okta/retry-policy';
import { SdkOktaDirectory } from '../okta/sdk-okta-directory';
import { ENV, lifecycleHandler, notGiven, requiredEnv } from './lambda-runtime';
import { ownOktaActorIds } from './own-actors';
import { LIFECYCLE_ACTIONS as A } from './task-names';
import { OKTA_STEPS } from './task-routing';

export const handler = lifecycleHandler(
  'okta-tasks',
  {
    actions: [A.openOffboarding, A.offboardingStep, A.openOnboarding, A.onboardingStep, A.reportMove],
    steps: OKTA_STEPS,
  },
  async (directory) => {
    const secret = await new SecretsManagerClient({}).send(
      new GetSecretValueCommand({ SecretId: requiredEnv(ENV.oktaSecretArn) }),
    );
    const credentials = oktaCredentials(JSON.parse(secret.SecretString ?? '{}'), directory.oktaOrgUrl);
    // Fewer, shorter attempts than the CLI: Step Functions retries the task with its own backoff.
    const client = createOktaClient(credentials, {
      clock: systemClock,
      policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, attemptTimeoutMs: 10_000 },
    });
    return {
      okta: new SdkOktaDirectory(client, systemClock),
      aws: notGiven('AWS Identity Center', 'okta-tasks'),
      notifier: notGiven('email', 'okta-tasks'),
      context: {
        ownOktaActorIds: ownOktaActorIds(
          process.env,
          credentials.kind === 'private-key' ? credentials.clientId : undefined,
        ),
      },
    };
  },
);
