// The Lambda side of the lifecycle workflows: structured logs (Powertools Logger),
// idempotent invocations (Powertools Idempotency, keyed on the execution, action and step,
// so a task Step Functions retries after a lost response is not run twice), and the
// runtime's dependencies built once per container and directory version (the directory
// lives outside the code: see directory-source.ts). Each function gets only what its steps
// need: the Okta credential only where Okta is called. The audit trail and the case leases
// (one offboarding per person at a time) are shared by all of them.
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoDbAuditStore } from '../audit/dynamodb-audit-store';
import type { AwsAccessDenial } from '../aws-access/aws-access-denial';
import { type Clock, systemClock } from '../clock';
import { DynamoDbLeaseStore } from '../lease/dynamodb-lease-store';
import type { LifecycleDirectory } from '../lifecycle-directory';
import type { LifecycleDeps } from '../lifecycle-step';
import type { Notifier } from '../notify/notifier';
import type { OktaDirectory } from '../okta/okta-directory';
import { type DirectorySource, directorySourceFromEnv } from './directory-source';
import { ENV, requiredEnv } from './lambda-env';
import { type LifecycleTask, runLifecycleTask, type TaskContext } from './lifecycle-task';
import type { LifecycleAction } from './task-names';
import { stepFitsAction, type WorkflowStepName } from './task-routing';

export { ENV, requiredEnv } from './lambda-env';

export interface RuntimeParts {
  readonly okta: OktaDirectory;
  readonly aws: AwsAccessDenial;
  readonly notifier: Notifier;
  readonly context?: TaskContext;
}

/** What a test may replace; production reads everything from the environment. */
export interface HandlerOverrides {
  readonly dynamo?: DynamoDBClient;
  readonly directory?: DirectorySource;
  readonly clock?: Clock;
}

/** A stand-in for a dependency this function is deliberately not given. */
export function notGiven<T extends object>(what: string, fn: string): T {
  return new Proxy({} as T, {
    get: () => () =>
      Promise.reject(new Error(`${fn} has no ${what} access: this step runs in another function`)),
  });
}

/**
 * A Lambda handler running the given task actions and steps. `parts` builds the Okta, AWS
 * and notice clients (once per container and directory version); the audit store is shared.
 */
export function lifecycleHandler(
  name: string,
  allowed: { readonly actions: readonly LifecycleAction[]; readonly steps?: readonly WorkflowStepName[] },
  parts: (directory: LifecycleDirectory) => Promise<RuntimeParts>,
  overrides: HandlerOverrides = {},
) {
  const logger = new Logger({ serviceName: 'org-blueprint-lifecycle' });
  const dynamo = overrides.dynamo ?? new DynamoDBClient({});
  let source: DirectorySource | undefined;
  let built: { location: string; deps: Promise<LifecycleDeps & { context: TaskContext }> } | undefined;
  const dependencies = async () => {
    source ??= overrides.directory ?? directorySourceFromEnv();
    const version = await source();
    if (built?.location !== version.location) {
      const deps = (async () => {
        const documents = DynamoDBDocumentClient.from(dynamo);
        const audit = new DynamoDbAuditStore(documents, requiredEnv(ENV.auditTable));
        const leases = new DynamoDbLeaseStore(documents, requiredEnv(ENV.leaseTable));
        const { context: own = {}, ...made } = await parts(version.directory);
        const context: TaskContext = { ...own, leases };
        return {
          ...made,
          audit,
          directory: version.directory,
          clock: overrides.clock ?? systemClock,
          context,
        };
      })();
      built = { location: version.location, deps };
      deps.catch(() => {
        if (built?.deps === deps) built = undefined;
      });
    }
    return built.deps;
  };

  const run = async (task: LifecycleTask): Promise<unknown> => {
    const step = 'step' in task ? task.step : undefined;
    logger.appendKeys({ action: task.action, step, executionId: task.executionId });
    try {
      const deps = await dependencies();
      const result = await runLifecycleTask(task, deps, deps.context);
      logger.info('task done', { result });
      return result;
    } catch (error) {
      logger.error('task failed', error as Error);
      throw error;
    } finally {
      logger.resetKeys();
    }
  };

  const config = new IdempotencyConfig({
    eventKeyJmesPath: '[executionId, action, step]',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: 24 * 3600,
  });
  const idempotent = makeIdempotent(run, {
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName: process.env[ENV.idempotencyTable] ?? 'unset',
      awsSdkV3Client: dynamo,
    }),
    config,
  });
  return async (task: LifecycleTask, context: Context) => {
    // Refused before the idempotency record is written: a wrong task is a wiring mistake.
    const step = 'step' in task ? task.step : undefined;
    if (
      !allowed.actions.includes(task.action) ||
      !stepFitsAction(task.action, step) ||
      (step !== undefined && !allowed.steps?.includes(step))
    )
      throw new Error(`${name} does not run ${task.action}${step ? ` ${step}` : ''}`);
    // Each element of the key may be missing on its own (Powertools only refuses a key missing
    // entirely), and without the execution id two executions would share results.
    if (!task.executionId) throw new Error(`${name}: the task has no executionId (the idempotency key)`);
    config.registerLambdaContext(context);
    logger.addContext(context);
    return idempotent(task);
  };
}
