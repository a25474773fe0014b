// Wires the lifecycle runtime for a run from a terminal: Okta credentials from the
// environment (OAuth service app, or an API token), AWS (Identity Store, SES, DynamoDB) from
// the standard AWS credential chain in the org's home region, and the audit trail in the
// DynamoDB table named by BLUEPRINT_AUDIT_TABLE — or, without one, a local JSON Lines file —
// and the leases (one run per person) in BLUEPRINT_LEASE_TABLE, or local files.
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditStore } from './audit/audit-store';
import { DynamoDbAuditStore } from './audit/dynamodb-audit-store';
import { FileAuditStore } from './audit/file-audit-store';
import { IdentityStoreAccessDenial } from './aws-access/identity-store-access-denial';
import { systemClock } from './clock';
import { DynamoDbLeaseStore } from './lease/dynamodb-lease-store';
import { FileLeaseStore } from './lease/file-lease-store';
import type { LeaseStore } from './lease/lease-store';
import type { LifecycleDirectory } from './lifecycle-directory';
import type { LifecycleDeps } from './lifecycle-step';
import { SesNotifier } from './notify/ses-notifier';
import { createOktaClient } from './okta/create-okta-client';
import { oktaCredentialsFromEnv } from './okta/okta-credentials';
import { SdkOktaDirectory } from './okta/sdk-okta-directory';

export interface Connection {
  readonly deps: LifecycleDeps;
  /** Where the audit trail goes, for the run's summary. */
  readonly auditTrail: string;
  /** One run per person at a time. @default leases of this process only */
  readonly leases?: LeaseStore;
}

/** Throws (with the variable names to set) when the Okta credentials are missing. */
export function connectFromEnvironment(
  env: NodeJS.ProcessEnv,
  directory: LifecycleDirectory,
  cwd: string,
): Connection {
  const credentials = oktaCredentialsFromEnv(env, directory.oktaOrgUrl);
  const clock = systemClock;
  const region = env.AWS_REGION ?? directory.region;
  const table = env.BLUEPRINT_AUDIT_TABLE;
  const auditFile = join(cwd, '.blueprint', 'audit.jsonl');
  const dynamo = () => DynamoDBDocumentClient.from(new DynamoDBClient({ region }));
  const audit: AuditStore = table ? new DynamoDbAuditStore(dynamo(), table) : new FileAuditStore(auditFile);
  const leaseTable = env.BLUEPRINT_LEASE_TABLE;
  const leases: LeaseStore = leaseTable
    ? new DynamoDbLeaseStore(dynamo(), leaseTable)
    : new FileLeaseStore(join(cwd, '.blueprint', 'leases'));
  return {
    deps: {
      okta: new SdkOktaDirectory(createOktaClient(credentials, { clock }), clock),
      aws: new IdentityStoreAccessDenial(new IdentitystoreClient({ region }), directory.identityStoreId),
      notifier: new SesNotifier(new SESv2Client({ region }), directory.sender),
      audit,
      directory,
      clock,
    },
    auditTrail: table ? `DynamoDB table ${table}` : auditFile,
    leases,
  };
}
