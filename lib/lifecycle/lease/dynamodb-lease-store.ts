// Leases in DynamoDB: partition key `leaseKey`, one item per person. Taking one is a
// conditional put (nobody holds it, it has expired, or this holder renews it), so of two
// runs racing one wins; releasing is a delete conditional on the holder. `ttl` (epoch
// seconds, a day after expiry) lets DynamoDB remove the leases of runs that were killed.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Lease, type LeaseRequest, type LeaseResult, type LeaseStore, leaseFor } from './lease-store';

interface LeaseItem extends Omit<Lease, 'key'> {
  readonly leaseKey: string;
  readonly expiresAtMs: number;
  readonly ttl: number;
}

export class DynamoDbLeaseStore implements LeaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async acquire(request: LeaseRequest): Promise<LeaseResult> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(request.key);
      const lease = leaseFor(current, request);
      const expiresAtMs = Date.parse(lease.expiresAt);
      const { key, ...rest } = lease;
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { leaseKey: key, ...rest, expiresAtMs, ttl: Math.ceil(expiresAtMs / 1000) + 86_400 },
            ConditionExpression: 'attribute_not_exists(leaseKey) OR expiresAtMs <= :now OR holder = :holder',
            ExpressionAttributeValues: { ':now': request.now, ':holder': request.holder },
          }),
        );
        return { taken: true, lease };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const held = await this.get(request.key);
        if (held !== undefined) return { taken: false, held };
        // Released between the put and the read: try again (a few times at most).
        if (attempt >= 3) throw new Error(`the lease ${request.key} keeps changing hands: try again`);
      }
    }
  }

  async release(key: string, holder: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { leaseKey: key },
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async get(key: string): Promise<Lease | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { leaseKey: key }, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { leaseKey, expiresAtMs: _ms, ttl: _ttl, ...lease } = Item as LeaseItem;
    return { key: leaseKey, ...lease };
  }
}
