// The audit trail in DynamoDB: partition key `caseId`, sort key `seq`. Every write is a
// conditional put that fails rather than overwrite, and the Lambdas' role can only put
// and query (the table's resource policy denies updates and deletes to everyone), so the
// trail is append-only; point-in-time recovery and RETAIN keep it through accidents.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  AuditConflictError,
  type AuditEntry,
  type AuditRecord,
  type AuditStore,
  appendWithRetry,
} from './audit-store';

export class DynamoDbAuditStore implements AuditStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  append(entry: AuditEntry): Promise<AuditRecord> {
    return appendWithRetry(
      entry,
      async () => {
        const last = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'caseId = :c',
            ExpressionAttributeValues: { ':c': entry.caseId },
            ScanIndexForward: false,
            Limit: 1,
            ConsistentRead: true,
            ProjectionExpression: 'seq',
          }),
        );
        return Number(last.Items?.[0]?.seq ?? 0);
      },
      async (record) => {
        try {
          await this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: record,
              ConditionExpression: 'attribute_not_exists(caseId) AND attribute_not_exists(seq)',
            }),
          );
        } catch (error) {
          if (error instanceof ConditionalCheckFailedException)
            throw new AuditConflictError(`${record.caseId} #${record.seq} already exists`);
          throw error;
        }
      },
    );
  }

  async list(caseId: string): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'caseId = :c',
          ExpressionAttributeValues: { ':c': caseId },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      records.push(...((page.Items ?? []) as AuditRecord[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return records;
  }
}
