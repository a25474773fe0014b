import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, type QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditRecord, AuditStore } from '../../../lib/lifecycle/audit/audit-store';
import { DynamoDbAuditStore } from '../../../lib/lifecycle/audit/dynamodb-audit-store';
import { FileAuditStore } from '../../../lib/lifecycle/audit/file-audit-store';
import { MemoryAuditStore } from '../../../lib/lifecycle/audit/memory-audit-store';

const entry = (step: string, caseId = 'offboard/isabel-santos/2026-11-13'): AuditEntry => ({
  caseId,
  workflow: 'offboarding',
  step,
  outcome: 'changed',
  at: '2026-11-23T09:00:00.000Z',
  actor: 'cli:amara',
  personId: 'isabel-santos',
  before: { status: 'ACTIVE' },
  after: { status: 'SUSPENDED' },
  requestIds: ['req-1'],
});

/** A DynamoDB table in memory, answering the two commands the store sends (and checking them). */
function fakeTable(onPut?: (item: AuditRecord) => void) {
  const items: AuditRecord[] = [];
  const sent: unknown[] = [];
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
  jest.spyOn(client, 'send').mockImplementation((async (command: PutCommand | QueryCommand) => {
    sent.push(command.input);
    if (command instanceof PutCommand) {
      const item = command.input.Item as AuditRecord;
      onPut?.(item);
      expect(command.input.ConditionExpression).toBe(
        'attribute_not_exists(caseId) AND attribute_not_exists(seq)',
      );
      if (items.some((i) => i.caseId === item.caseId && i.seq === item.seq))
        throw new ConditionalCheckFailedException({
          message: 'The conditional request failed',
          $metadata: {},
        });
      items.push(structuredClone(item));
      return {};
    }
    const caseId = command.input.ExpressionAttributeValues![':c'];
    const matching = items.filter((i) => i.caseId === caseId).sort((a, b) => a.seq - b.seq);
    if (command.input.ScanIndexForward === false) matching.reverse();
    return { Items: matching.slice(0, command.input.Limit ?? matching.length) };
  }) as never);
  return { client, items, sent };
}

const stores: [string, () => AuditStore][] = [
  ['memory', () => new MemoryAuditStore()],
  ['file', () => new FileAuditStore(join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl'))],
  ['DynamoDB', () => new DynamoDbAuditStore(fakeTable().client, 'audit')],
];

describe.each(stores)('%s audit store', (_, make) => {
  test('numbers records per case in append order and lists them back', async () => {
    const store = make();
    await store.append(entry('suspend'));
    await store.append(entry('suspend', 'offboard/other/2026-11-13'));
    expect(await store.append(entry('clear-sessions'))).toMatchObject({ seq: 2, step: 'clear-sessions' });
    expect((await store.list('offboard/isabel-santos/2026-11-13')).map((r) => [r.seq, r.step])).toEqual([
      [1, 'suspend'],
      [2, 'clear-sessions'],
    ]);
    expect(await store.list('offboard/nobody/2026-01-01')).toEqual([]);
  });

  test('keeps the whole record: who, what, when, before, after, request ids', async () => {
    const store = make();
    await store.append(entry('suspend'));
    expect((await store.list(entry('x').caseId))[0]).toEqual({ ...entry('suspend'), seq: 1 });
  });
});

test('DynamoDB: a concurrent append that wins the race makes this one take the next number, never overwrite', async () => {
  let raced = false;
  const table = fakeTable((item) => {
    if (!raced && item.seq === 2) {
      raced = true;
      table.items.push({ ...entry('from-another-worker'), seq: 2 });
    }
  });
  const store = new DynamoDbAuditStore(table.client, 'audit');
  await store.append(entry('suspend'));
  await store.append(entry('clear-sessions'));
  expect(table.items.map((i) => [i.seq, i.step])).toEqual([
    [1, 'suspend'],
    [2, 'from-another-worker'],
    [3, 'clear-sessions'],
  ]);
  expect(table.sent[0]).toEqual({
    TableName: 'audit',
    KeyConditionExpression: 'caseId = :c',
    ExpressionAttributeValues: { ':c': 'offboard/isabel-santos/2026-11-13' },
    ScanIndexForward: false,
    Limit: 1,
    ConsistentRead: true,
    ProjectionExpression: 'seq',
  });
});

test('file: one JSON line per record, appended', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'audit-')), 'nested', 'audit.jsonl');
  const store = new FileAuditStore(path);
  await store.append(entry('suspend'));
  await store.append(entry('clear-sessions'));
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  expect(lines.map((l) => JSON.parse(l).step)).toEqual(['suspend', 'clear-sessions']);
});
