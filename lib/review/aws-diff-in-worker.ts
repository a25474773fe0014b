// The plan's CloudFormation diff, computed in a worker thread: the worker loads the diff and
// its resource database (about 0.4 s) on the machine's other core while this thread
// synthesizes, so `plan --base` does not wait for it afterwards. The worker runs awsDiff, the
// same function the main thread would run (the result is plain data); should it fail to
// start or answer, the diff is computed here, so the plan is the same either way.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AwsStackDiff, awsDiff, type Template } from './aws-diff';
import type { AwsDiffReply, AwsDiffRequest } from './aws-diff-worker';

export interface AwsDiffer {
  diff(
    base: Record<string, Template>,
    head: Record<string, Template>,
    accountNames: ReadonlyMap<string, string>,
  ): Promise<AwsStackDiff[]>;
  /** Stops the worker (idempotent); a diff asked for afterwards is computed in this thread. */
  close(): Promise<void>;
}

/** The repository this code runs from (in the CLI's bundle too: see build/cli-bundle.cjs). */
const PROJECT = resolve(__dirname, '..', '..');
const SOURCE = join(PROJECT, 'lib', 'review', 'aws-diff-worker.ts');

/** Where the worker's code is: a script, or TypeScript run through tsx. */
export interface AwsDiffWorkerEntry {
  readonly file: string;
  readonly typescript: boolean;
}

/** The worker's compiled bundle while fresh (built with the CLI's), else its TypeScript through tsx. */
function workerEntry(): AwsDiffWorkerEntry {
  const bundles = join(PROJECT, 'build', 'cli-bundle.cjs');
  const bundle: string | undefined = existsSync(bundles)
    ? require(bundles).freshBundle('aws-diff-worker')
    : undefined;
  return bundle ? { file: bundle, typescript: false } : { file: SOURCE, typescript: true };
}

const TYPESCRIPT_BOOT = `require('tsx/cjs'); require(require('node:worker_threads').workerData.file);`;

/** @param entry the worker's code @default - aws-diff-worker.ts, compiled or through tsx */
export function startAwsDiffWorker(entry: AwsDiffWorkerEntry = workerEntry()): AwsDiffer {
  let worker: Worker | undefined;
  let failed: Error | undefined;
  try {
    worker = entry.typescript
      ? new Worker(TYPESCRIPT_BOOT, { eval: true, workerData: { file: entry.file } })
      : new Worker(entry.file);
    // Failures surface through diff() (computed here instead); never as an unhandled error.
    worker.on('error', (error) => {
      failed = error;
    });
  } catch (error) {
    failed = error as Error;
  }
  return {
    diff(base, head, accountNames) {
      const running = worker;
      if (!running || failed) return Promise.resolve(awsDiff(base, head, accountNames));
      return new Promise<AwsStackDiff[]>((done) => {
        const settle = (reply: AwsDiffReply | undefined) => {
          running.off('message', settle);
          running.off('error', onError);
          running.off('exit', onExit);
          done(reply?.ok ? reply.diffs : awsDiff(base, head, accountNames));
        };
        const onError = () => settle(undefined);
        const onExit = () => settle(undefined);
        running.on('message', settle);
        running.on('error', onError);
        running.on('exit', onExit);
        const request: AwsDiffRequest = { base, head, accountNames };
        running.postMessage(request);
      });
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}
