// A local DynamoDB (dynalite, in process, on 127.0.0.1 and a free port) with the tables the
// lifecycle Lambdas use, shaped as the lifecycle construct declares them: the audit trail
// (caseId + seq), the Powertools idempotency table (id), the case leases (leaseKey) and the
// start function's tables.
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DeleteItemCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

// dynalite ships no types: the one function this file calls.
const dynalite: (options: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => {
  listen(port: number, host: string, done: () => void): void;
  address(): AddressInfo;
  close(done: () => void): void;
} = require('dynalite');

export interface LocalDynamoDb {
  readonly client: DynamoDBClient;
  /** Another audit table (caseId + seq), for tests that want a trail of their own. */
  createAuditTable(name: string): Promise<void>;
  /** Removes every lease (tests of one file share the tables, and a test may leave a case running). */
  clearLeases(): Promise<void>;
  stop(): Promise<void>;
}

export const TABLES = {
  audit: 'audit',
  idempotency: 'idempotency',
  revokedUsers: 'revoked-users',
  leases: 'leases',
} as const;

export async function startLocalDynamoDb(): Promise<LocalDynamoDb> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${server.address().port}`,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const table = (name: string, keys: [string, 'S' | 'N'][]) =>
    client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keys.map(([AttributeName, AttributeType]) => ({
          AttributeName,
          AttributeType,
        })),
        KeySchema: keys.map(([AttributeName], i) => ({ AttributeName, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
      }),
    );
  const auditTable = async (name: string) => {
    await table(name, [
      ['caseId', 'S'],
      ['seq', 'N'],
    ]);
  };
  await auditTable(TABLES.audit);
  await table(TABLES.idempotency, [['id', 'S']]);
  await table(TABLES.revokedUsers, [['userId', 'S']]);
  await table(TABLES.leases, [['leaseKey', 'S']]);
  return {
    client,
    createAuditTable: auditTable,
    clearLeases: async () => {
      const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLES.leases }));
      for (const item of Items)
        await client.send(
          new DeleteItemCommand({ TableName: TABLES.leases, Key: { leaseKey: item.leaseKey } }),
        );
    },
    stop: async () => {
      client.destroy();
      await new Promise<void>((done) => server.close(done));
    },
  };
}
