// The CloudFormation diff in a worker thread (see aws-diff-in-worker.ts): on start it loads
// @aws-cdk/cloudformation-diff and the CloudFormation resource database the diff reads (a few
// hundred ms), while the main thread synthesizes; then it answers each request with awsDiff.
import { parentPort, workerData } from 'node:worker_threads';
import { awsDiff, type Template } from './aws-diff';

export interface AwsDiffRequest {
  readonly base: Record<string, Template>;
  readonly head: Record<string, Template>;
  readonly accountNames: ReadonlyMap<string, string>;
}

export type AwsDiffReply =
  | { readonly ok: true; readonly diffs: ReturnType<typeof awsDiff> }
  | { readonly ok: false; readonly error: string };

/** A one-resource change (any type would do): loads the database and warms the diff up. */
const WARM_UP: [Record<string, Template>, Record<string, Template>] = [
  { warm: { Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'a' } } } } },
  { warm: { Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'b' } } } } },
];

function answer(request: AwsDiffRequest): AwsDiffReply {
  try {
    return { ok: true, diffs: awsDiff(request.base, request.head, request.accountNames) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Marks the worker startAwsDiffWorker starts (this module is also loaded, inert, by the CLI). */
export const AWS_DIFF_WORKER = 'org-blueprint:aws-diff';

if (parentPort && workerData?.role === AWS_DIFF_WORKER) {
  const port = parentPort;
  awsDiff(...WARM_UP);
  port.on('message', (request: AwsDiffRequest) => port.postMessage(answer(request)));
}
