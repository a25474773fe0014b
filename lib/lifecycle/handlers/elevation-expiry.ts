// Lambda (Security): ends one elevation when its one-time EventBridge Scheduler schedule
// fires (lib/aws/elevation-expiry.ts). Reads Security's Okta credential, edits Identity
// Center memberships, asks Security's session revocation function to end the elevation's
// sessions, and appends every step to Security's elevation audit table.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbAuditStore } from '../audit/dynamodb-audit-store';
import { IdentityStoreGroups } from '../aws-access/identity-center-groups';
import { IdentityStoreAccessDenial } from '../aws-access/identity-store-access-denial';
import { LambdaSessionRevocation } from '../aws-access/session-revocation';
import { systemClock } from '../clock';
import { ELEVATION_ENV, type ElevationExpiryRequest } from '../elevation/elevation-case';
import { type ElevationDeps, expireElevation } from '../elevation/expire-elevation';
import { createOktaClient } from '../okta/create-okta-client';
import { oktaCredentials } from '../okta/okta-credentials';
import { DEFAULT_RETRY_POLICY } from '../okta/retry-policy';
import { SdkOktaDirectory } from '../okta/sdk-okta-directory';
import { lambdaInvoker } from './invoke-function';
import { requiredEnv } from './lambda-env';

export { ELEVATION_ENV } from '../elevation/elevation-case';

let deps: Promise<ElevationDeps> | undefined;

async function build(): Promise<ElevationDeps> {
  const secret = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: requiredEnv(ELEVATION_ENV.oktaSecretArn) }),
  );
  const credentials = oktaCredentials(
    JSON.parse(secret.SecretString ?? '{}'),
    requiredEnv(ELEVATION_ENV.oktaOrgUrl),
  );
  const client = createOktaClient(credentials, {
    clock: systemClock,
    policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, attemptTimeoutMs: 10_000 },
  });
  const identityStore = new IdentitystoreClient({});
  const storeId = requiredEnv(ELEVATION_ENV.identityStoreId);
  return {
    okta: new SdkOktaDirectory(client, systemClock),
    aws: new IdentityStoreAccessDenial(identityStore, storeId),
    groups: new IdentityStoreGroups(identityStore, storeId),
    sessions: new LambdaSessionRevocation(
      lambdaInvoker(requiredEnv('AWS_REGION')),
      requiredEnv(ELEVATION_ENV.sessionRevocationFunction),
    ),
    audit: new DynamoDbAuditStore(
      DynamoDBDocumentClient.from(new DynamoDBClient({})),
      requiredEnv(ELEVATION_ENV.auditTable),
    ),
    clock: systemClock,
  };
}

export async function handler(request: ElevationExpiryRequest, context?: { functionName?: string }) {
  if (request?.action !== 'expire') throw new Error('elevation-expiry only runs "expire"');
  deps ??= build().catch((error) => {
    deps = undefined;
    throw error;
  });
  const report = await expireElevation(
    await deps,
    request,
    `scheduler:${context?.functionName ?? 'elevation-expiry'}`,
  );
  // A step that could not finish throws (Scheduler retries, then parks the event in the DLQ).
  return { caseId: report.caseId, steps: report.steps.map((s) => ({ step: s.step, outcome: s.outcome })) };
}
