// Lambda (Security): ends one elevation when its one-time EventBridge Scheduler schedule
// fires (lib/aws/elevation-expiry.ts): a membership (`expire`) or an elevated grant
// (`expire-grant`). Also serves the stack's schedule resources at deploy time
// (elevation/expiry-schedule-resource.ts), creating and deleting the schedules, carrying
// out at once an end that falls during its own deploy, and ending at once an elevation or
// standing privileged access that left the config (its resource's Delete). Reads Security's Okta
// credential, edits Identity Center memberships and account assignments, asks Security's
// session revocation function to end the elevation's sessions, and appends every step to
// Security's elevation audit table.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbAuditStore } from '../audit/dynamodb-audit-store';
import { IdentityStoreGroups } from '../aws-access/identity-center-groups';
import { IdentityStoreAccessDenial } from '../aws-access/identity-store-access-denial';
import { LambdaSessionRevocation } from '../aws-access/session-revocation';
import { systemClock } from '../clock';
import { SsoAdminAssignments } from '../elevation/account-assignments';
import { ELEVATION_ENV, type ExpiryRequest } from '../elevation/elevation-case';
import { type ElevationDeps, expireElevation } from '../elevation/expire-elevation';
import { expireGrant, type GrantExpiryDeps } from '../elevation/expire-grant';
import { isScheduleResourceEvent, serveScheduleResource } from '../elevation/expiry-schedule-resource';
import { SchedulerApi } from '../elevation/scheduler-api';
import { createOktaClient } from '../okta/create-okta-client';
import { oktaCredentials } from '../okta/okta-credentials';
import { DEFAULT_RETRY_POLICY } from '../okta/retry-policy';
import { SdkOktaDirectory } from '../okta/sdk-okta-directory';
import { lambdaInvoker } from './invoke-function';
import { requiredEnv } from './lambda-env';
import { signedAwsRequester } from './signed-aws-request';

export { ELEVATION_ENV } from '../elevation/elevation-case';

type ExpiryDeps = ElevationDeps & GrantExpiryDeps;
let deps: Promise<ExpiryDeps> | undefined;

async function build(): Promise<ExpiryDeps> {
  const identityStore = new IdentitystoreClient({});
  const storeId = requiredEnv(ELEVATION_ENV.identityStoreId);
  const sessions = new LambdaSessionRevocation(
    lambdaInvoker(requiredEnv('AWS_REGION')),
    requiredEnv(ELEVATION_ENV.sessionRevocationFunction),
  );
  const audit = new DynamoDbAuditStore(
    DynamoDBDocumentClient.from(new DynamoDBClient({})),
    requiredEnv(ELEVATION_ENV.auditTable),
  );
  const groups = new IdentityStoreGroups(identityStore, storeId);
  const assignments = new SsoAdminAssignments(
    new SSOAdminClient({}),
    requiredEnv(ELEVATION_ENV.instanceArn),
    systemClock,
  );
  // Okta only when a membership ends: a grant's end needs no Okta credential.
  let okta: SdkOktaDirectory | undefined;
  const oktaDirectory = async () => {
    if (okta) return okta;
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
    okta = new SdkOktaDirectory(client, systemClock);
    return okta;
  };
  const lazyOkta: ElevationDeps['okta'] = {
    findUser: async (login) => (await oktaDirectory()).findUser(login),
    listUserGroups: async (id) => (await oktaDirectory()).listUserGroups(id),
    removeFromGroup: async (group, user) => (await oktaDirectory()).removeFromGroup(group, user),
  };
  return {
    okta: lazyOkta,
    aws: new IdentityStoreAccessDenial(identityStore, storeId),
    groups,
    assignments,
    sessions,
    audit,
    clock: systemClock,
  };
}

const expiryDeps = () => {
  deps ??= build().catch((error) => {
    deps = undefined;
    throw error;
  });
  return deps;
};

async function expire(request: ExpiryRequest, actor: string) {
  const report =
    request.action === 'expire-grant'
      ? await expireGrant(await expiryDeps(), request, actor)
      : await expireElevation(await expiryDeps(), request, actor);
  // A step that could not finish throws (Scheduler retries, then parks the event in the DLQ).
  return { caseId: report.caseId, steps: report.steps.map((s) => ({ step: s.step, outcome: s.outcome })) };
}

export async function handler(event: unknown, context?: { functionName?: string }) {
  const name = context?.functionName ?? 'elevation-expiry';
  if (isScheduleResourceEvent(event))
    return serveScheduleResource(event, {
      schedules: new SchedulerApi(signedAwsRequester(), requiredEnv('AWS_REGION')),
      clock: systemClock,
      expireNow: (request) => expire(request, `deploy:${name}`),
    });
  const request = event as ExpiryRequest;
  if (request?.action !== 'expire' && request?.action !== 'expire-grant')
    throw new Error('elevation-expiry only runs "expire" and "expire-grant", and its schedule resources');
  return expire(request, `scheduler:${name}`);
}
