// Lambda: the AWS access steps: deny-aws (IAM Identity Center group memberships) and
// revoke-aws-sessions (Security's function ends the sessions already issued). Identity
// Store access and that one function only; no Okta credential, no email.
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { IdentityStoreAccessDenial } from '../aws-access/identity-store-access-denial';
import { LambdaSessionRevocation } from '../aws-access/session-revocation';
import { lambdaInvoker } from './invoke-function';
import { ENV, lifecycleHandler, notGiven, requiredEnv } from './lambda-runtime';
import { LIFECYCLE_ACTIONS as A } from './task-names';
import { AWS_ACCESS_STEPS } from './task-routing';

export const handler = lifecycleHandler(
  'aws-access-tasks',
  { actions: [A.offboardingStep, A.revokeAwsSessions], steps: AWS_ACCESS_STEPS },
  async (directory) => ({
    okta: notGiven('Okta', 'aws-access-tasks'),
    aws: new IdentityStoreAccessDenial(new IdentitystoreClient({}), directory.identityStoreId),
    notifier: notGiven('email', 'aws-access-tasks'),
    context: {
      sessions: new LambdaSessionRevocation(
        lambdaInvoker(requiredEnv('AWS_REGION')),
        requiredEnv(ENV.sessionRevocationFunction),
      ),
    },
  }),
);
