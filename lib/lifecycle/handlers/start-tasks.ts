// Lambda: starts the workflows. EventBridge cannot name an execution, so the lifecycle
// rules and the nightly schedule invoke this function, which starts each one under a name
// derived from the person and the case (start-workflows.ts). Idempotent on the Okta
// event's uuid, so a redelivered event is answered from the first result.
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoDbAuditStore } from '../audit/dynamodb-audit-store';
import { type Clock, dayOf, systemClock } from '../clock';
import { type DirectorySource, directorySourceFromEnv } from './directory-source';
import { ENV } from './lambda-env';
import { requiredEnv } from './lambda-runtime';
import { ownOktaActorIds } from './own-actors';
import {
  type StartOutcome,
  type StartRequest,
  startFromEvent,
  sweep,
  type WorkflowName,
  type WorkflowStarter,
} from './start-workflows';

const MACHINE_ENV: Record<WorkflowName, string> = {
  offboarding: ENV.offboardingStateMachine,
  onboarding: ENV.onboardingStateMachine,
  mover: ENV.moverStateMachine,
};

/** Starts executions with Step Functions; an existing name is "already started", not an error. */
export function sfnStarter(client: SFNClient, env: NodeJS.ProcessEnv = process.env): WorkflowStarter {
  return {
    async start(workflow, name, input) {
      const stateMachineArn = env[MACHINE_ENV[workflow]];
      if (!stateMachineArn) throw new Error(`environment variable ${MACHINE_ENV[workflow]} is not set`);
      try {
        await client.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }));
        return 'started';
      } catch (error) {
        if (error instanceof ExecutionAlreadyExists) return 'exists';
        throw error;
      }
    },
  };
}

export interface StartHandlerOverrides {
  readonly dynamo?: DynamoDBClient;
  readonly sfn?: SFNClient;
  readonly directory?: DirectorySource;
  readonly clock?: Clock;
  readonly starter?: WorkflowStarter;
}

export function startHandler(overrides: StartHandlerOverrides = {}) {
  const logger = new Logger({ serviceName: 'org-blueprint-lifecycle' });
  const dynamo = overrides.dynamo ?? new DynamoDBClient({});
  const clock = overrides.clock ?? systemClock;
  let source: DirectorySource | undefined;
  const run = async (request: StartRequest): Promise<StartOutcome | StartOutcome[]> => {
    source ??= overrides.directory ?? directorySourceFromEnv();
    const deps = {
      directory: (await source()).directory,
      starter: overrides.starter ?? sfnStarter(overrides.sfn ?? new SFNClient({})),
      audit: new DynamoDbAuditStore(DynamoDBDocumentClient.from(dynamo), requiredEnv(ENV.auditTable)),
      today: dayOf(clock.now()),
      ownOktaActorIds: ownOktaActorIds(),
    };
    const result = request.kind === 'sweep' ? await sweep(deps) : await startFromEvent(request, deps);
    logger.info('start done', { result });
    return result;
  };
  const config = new IdempotencyConfig({
    // Events by their Okta uuid; the sweep runs every time (its starts are named).
    eventKeyJmesPath: '[workflow, event.detail.uuid]',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: 7 * 24 * 3600,
  });
  const idempotent = makeIdempotent(run, {
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName: process.env[ENV.idempotencyTable] ?? 'unset',
      awsSdkV3Client: dynamo,
    }),
    config,
  });
  return async (request: StartRequest, context: Context) => {
    if (request.kind !== 'sweep' && request.kind !== 'event')
      throw new Error(
        `start-tasks takes {kind: "event" | "sweep"}, got ${JSON.stringify(request).slice(0, 200)}`,
      );
    config.registerLambdaContext(context);
    logger.addContext(context);
    // A sweep (and an event without a uuid, which Okta never sends) has no key: run it as is.
    if (request.kind === 'sweep' || !request.event?.detail?.uuid) return run(request);
    return idempotent(request);
  };
}

export const handler = startHandler();
