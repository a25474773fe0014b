// The plan's CloudFormation diff, computed in a worker thread: the worker loads the diff and
// its resource database (about 0.4 s) on the machine's other core while this thread
// synthesizes, so `plan --base` does not wait for it afterwards. The worker runs awsDiff, the
// same function the main thread would run (the result is plain data); should it fail to
// start or answer, the diff is computed here, so the plan is the same either way.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AwsStackDiff, awsDiff, type Template } from './aws-diff';
import { AWS_DIFF_WORKER, type AwsDiffReply, type AwsDiffRequest } from './aws-diff-worker';

export interface AwsDiffer {
  diff(
    base: Record<string, Template>,
    head: Record<string, Template>,
    accountNames: ReadonlyMap<string, string>,
  ): Promise<AwsStackDiff[]>;
  /** Stops the worker (idempotent); a diff asked for afterwards is computed in this thread. */
  close(): Promise<void>;
}

/** Where the worker's code is: a script, or TypeScript run through tsx. */
export interface AwsDiffWorkerEntry {
  readonly file: string;
  readonly typescript: boolean;
}

/**
 * In the CLI's bundle (dist/blueprint.cjs, run only while fresh: see build/cli-bundle.cjs),
 * the worker's bundle built beside it from the same sources (the CLI's bundle holds the
 * worker's module too, for AWS_DIFF_WORKER); from the TypeScript sources, the worker's
 * source through tsx. `__dirname` is the source folder in both; `__filename` is the bundle's.
 */
function workerEntry(): AwsDiffWorkerEntry {
  const bundled = join(dirname(__filename), 'aws-diff-worker.cjs');
  return __filename.endsWith('.cjs') && existsSync(bundled)
    ? { file: bundled, typescript: false }
    : { file: join(__dirname, 'aws-diff-worker.ts'), typescript: true };
}

/** tsx resolved here (from the repository), not from wherever the plan was started. */
const TYPESCRIPT_BOOT = `const { workerData } = require('node:worker_threads'); require(workerData.tsx); require(workerData.file);`;

/** The worker's reply to one request; undefined when it exits, fails or stays silent first. */
function ask(worker: Worker, request: AwsDiffRequest, withinMs: number): Promise<AwsDiffReply | undefined> {
  return new Promise((done) => {
    const settle = (reply?: AwsDiffReply) => {
      clearTimeout(deadline);
      worker.off('message', settle).off('error', failed).off('exit', failed);
      done(reply);
    };
    const failed = () => settle(undefined);
    const deadline = setTimeout(failed, withinMs);
    worker.on('message', settle).on('error', failed).on('exit', failed);
    worker.postMessage(request);
  });
}

/** How long a worker may take to answer before the diff is computed here: far beyond an L org's diff. */
const ANSWER_WITHIN_MS = 120_000;

/**
 * @param entry the worker's code @default - aws-diff-worker.ts, compiled or through tsx
 * @param answerWithinMs a worker silent this long is stopped and the diff computed here @default 120 s
 */
export function startAwsDiffWorker(
  entry: AwsDiffWorkerEntry = workerEntry(),
  answerWithinMs = ANSWER_WITHIN_MS,
): AwsDiffer {
  let worker: Worker | undefined;
  let failed: Error | undefined;
  let asked: Promise<unknown> = Promise.resolve();
  try {
    const workerData = {
      role: AWS_DIFF_WORKER,
      file: entry.file,
      ...(entry.typescript ? { tsx: require.resolve('tsx/cjs') } : {}),
    };
    worker = entry.typescript
      ? new Worker(TYPESCRIPT_BOOT, { eval: true, workerData })
      : new Worker(entry.file, { workerData });
    // Failures surface through diff() (computed here instead); never as an unhandled error. A
    // worker that has exited answers nothing more: later diffs are computed here too.
    worker.on('error', (error) => {
      failed = error;
    });
    worker.on('exit', (code) => {
      failed ??= new Error(`the diff worker exited (${code})`);
    });
  } catch (error) {
    failed = error as Error;
  }
  return {
    diff(base, head, accountNames) {
      // One request at a time: replies carry no id, so each waits for the one before.
      const answered = asked.then(async () => {
        const running = worker && !failed ? worker : undefined;
        const reply = running ? await ask(running, { base, head, accountNames }, answerWithinMs) : undefined;
        if (running && !reply) {
          // Silent, exited or failed: not asked again.
          failed ??= new Error('the diff worker did not answer');
          await running.terminate();
        }
        return reply?.ok ? reply.diffs : awsDiff(base, head, accountNames);
      });
      asked = answered.catch(() => undefined);
      return answered;
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
