// Lambda: the deny-aws step (IAM Identity Center group memberships). Identity Store
// access only; no Okta credential, no email.
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { IdentityStoreAccessDenial } from '../aws-access/identity-store-access-denial';
import { lifecycleHandler, notGiven } from './lambda-runtime';
import { AWS_ACCESS_STEPS } from './task-routing';

export const handler = lifecycleHandler(
  'aws-access-tasks',
  { actions: ['offboarding-step'], steps: AWS_ACCESS_STEPS },
  async (directory) => ({
    okta: notGiven('Okta', 'aws-access-tasks'),
    aws: new IdentityStoreAccessDenial(new IdentitystoreClient({}), directory.identityStoreId),
    notifier: notGiven('email', 'aws-access-tasks'),
  }),
);
