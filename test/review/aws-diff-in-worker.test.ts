// The plan's CloudFormation diff in a worker thread: the same diffs as in this thread, the
// worker's answer used, and a worker that fails or cannot start never changes the plan.
import { join } from 'node:path';
import { awsDiff, type Template } from '../../lib/review/aws-diff';
import { startAwsDiffWorker } from '../../lib/review/aws-diff-in-worker';

const FIXTURES = join(__dirname, 'fixtures', 'aws-diff-worker');
const script = (name: string) => ({ file: join(FIXTURES, name), typescript: false });

const role = (actions: string[], trusted = '111111111111'): Template => ({
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${trusted}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        },
        Policies: [
          {
            PolicyName: 'p',
            PolicyDocument: { Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
          },
        ],
      },
    },
  },
});
const base = { 'acme-it': role(['s3:GetObject']), 'acme-gone': role(['s3:GetObject']) };
const head = {
  'acme-it': role(['s3:GetObject', 's3:PutObject'], '222222222222'),
  'acme-new': role(['sqs:SendMessage']),
};
const names = new Map([
  ['111111111111', 'management'],
  ['222222222222', 'audit'],
]);

describe('startAwsDiffWorker', () => {
  test('the worker (aws-diff-worker.ts) gives what awsDiff gives in this thread, broadening and tables included', async () => {
    const differ = startAwsDiffWorker();
    try {
      const diffs = await differ.diff(base, head, names);
      expect(diffs).toEqual(awsDiff(base, head, names));
      expect(diffs.map((d) => [d.stack, d.permissionsBroadened])).toEqual([
        ['acme-gone', false],
        ['acme-it', true],
        ['acme-new', true],
      ]);
      // Account ids cross to the worker as config ids.
      expect(diffs[1]?.tables.iamStatements.flat().join(' ')).toContain('audit');
      // One worker answers every request.
      expect(await differ.diff(head, base, names)).toEqual(awsDiff(head, base, names));
    } finally {
      await differ.close();
    }
  });

  test("the worker's answer is what diff() returns", async () => {
    const differ = startAwsDiffWorker(script('canned.cjs'));
    try {
      expect((await differ.diff(base, head, names)).map((d) => d.stack)).toEqual(['from-the-worker']);
    } finally {
      await differ.close();
    }
  });

  test("a worker whose diff failed: the diff is computed in this thread (an error there is the caller's)", async () => {
    const differ = startAwsDiffWorker(script('fails.cjs'));
    try {
      expect(await differ.diff(base, head, names)).toEqual(awsDiff(base, head, names));
      const notATemplate = { 'acme-it': { Resources: { Role: null } } } as unknown as Record<
        string,
        Template
      >;
      await expect(differ.diff(base, notATemplate, names)).rejects.toThrow();
    } finally {
      await differ.close();
    }
  });

  test('a worker that exits before answering: this diff and every later one are computed in this thread', async () => {
    const differ = startAwsDiffWorker(script('exits.cjs'));
    try {
      expect(await differ.diff(base, head, names)).toEqual(awsDiff(base, head, names));
      expect(await differ.diff(head, base, names)).toEqual(awsDiff(head, base, names));
    } finally {
      await differ.close();
    }
  });

  test('a worker that never answers: given up after its deadline, this diff and later ones computed here', async () => {
    const differ = startAwsDiffWorker(script('silent.cjs'), 200);
    try {
      expect(await differ.diff(base, head, names)).toEqual(awsDiff(base, head, names));
      expect(await differ.diff(head, base, names)).toEqual(awsDiff(head, base, names));
    } finally {
      await differ.close();
    }
  });

  test('two diffs asked at once each get their own answer', async () => {
    const differ = startAwsDiffWorker();
    try {
      const [forth, back] = await Promise.all([
        differ.diff(base, head, names),
        differ.diff(head, base, names),
      ]);
      expect(forth).toEqual(awsDiff(base, head, names));
      expect(back).toEqual(awsDiff(head, base, names));
    } finally {
      await differ.close();
    }
  });

  test('a worker that cannot start: the diff is computed in this thread', async () => {
    const differ = startAwsDiffWorker(script('missing.cjs'));
    expect(await differ.diff(base, head, names)).toEqual(awsDiff(base, head, names));
    await differ.close();
  });

  test('after close(), a diff is computed in this thread', async () => {
    const differ = startAwsDiffWorker(script('canned.cjs'));
    await differ.close();
    await differ.close();
    expect(await differ.diff(base, head, names)).toEqual(awsDiff(base, head, names));
  });
});
