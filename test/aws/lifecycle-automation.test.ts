// LifecycleAutomation: the workflows, their triggers, the audit trail and credential, the
// alarms, least-privilege roles, and cdk-nag — on the example org, in a stack of its own.

import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { CDK_FEATURE_FLAGS } from '../../lib/aws/cdk-feature-flags';
import { LifecycleAutomation, lifecycleEventBusName } from '../../lib/aws/lifecycle-automation';
import { lifecycleBundleDir } from '../../lib/aws/lifecycle-bundle';
import { lifecycleDirectoryFile } from '../../lib/aws/lifecycle-directory-data';
import {
  AWS_THROTTLING_ERRORS,
  CASE_ALREADY_RUNNING_ERRORS,
  CASE_PARKED_ERROR,
  GROUPS_PENDING_ERRORS,
  IDEMPOTENCY_IN_PROGRESS_ERRORS,
  LAMBDA_CRASH_ERRORS,
  LAMBDA_SERVICE_ERRORS,
  OKTA_RETRYABLE_ERRORS,
  PARK_RETRY_ERRORS,
} from '../../lib/aws/lifecycle-retry';
import { PARKED_CASE_PREFIX, PARKED_CASE_STEP } from '../../lib/aws/lifecycle-state-machines';
import { nagFindings } from '../../lib/aws/nag-packs';
import {
  CASE_ALREADY_RUNNING_ERROR,
  IDEMPOTENCY_IN_PROGRESS_ERROR,
  LIFECYCLE_ACTIONS,
} from '../../lib/lifecycle/handlers/task-names';
import { OFFBOARDING } from '../../lib/lifecycle/offboarding/offboarding-steps';
import * as oktaErrors from '../../lib/lifecycle/okta/okta-errors';
import type { OrgModel } from '../../lib/model/org-model';
import { lifecycleAutomationProps } from '../../stacks/lifecycle-automation-props';
import { exampleModel } from './support/synth-app';

const model = exampleModel();
const app = new App({
  builtinCloudFormationValidation: false,
  analyticsReporting: false,
  context: { ...CDK_FEATURE_FLAGS },
});
const env = { account: '111111111111', region: 'eu-west-1' };
const stack = new Stack(app, 'Lifecycle', { env });
const OWN_CLIENT = '0oa1lifecycleautomation';
const automation = new LifecycleAutomation(stack, 'Lifecycle', {
  ...lifecycleAutomationProps(model),
  ownOktaActorIds: [OWN_CLIENT],
});
const template = Template.fromStack(stack);
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, asserted by path
const resources = template.toJSON().Resources as Record<string, any>;

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as never);

/** A state machine's definition, with references to other resources as "<ref>". */
function definition(machine: { node: { defaultChild?: unknown } }) {
  const parts = resources[logicalId(machine)].Properties.DefinitionString['Fn::Join'][1] as unknown[];
  return JSON.parse(parts.map((p) => (typeof p === 'string' ? p : '<ref>')).join(''));
}

/** Every policy statement attached to a role. */
function statementsOf(fn: { role?: { node: { defaultChild?: unknown } } }) {
  const role = logicalId(fn.role!);
  return Object.values(resources)
    .filter(
      (r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: { Ref: string }) => x.Ref === role),
    )
    .flatMap((r) => r.Properties.PolicyDocument.Statement);
}
const actionsOf = (fn: Parameters<typeof statementsOf>[0]) =>
  statementsOf(fn)
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .sort();

describe('audit trail', () => {
  test('DynamoDB, keyed by case and sequence, point-in-time recovery, KMS, retained and protected', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: 'acme-it-lifecycle-audit',
        KeySchema: [
          { AttributeName: 'caseId', KeyType: 'HASH' },
          { AttributeName: 'seq', KeyType: 'RANGE' },
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
      }),
    });
  });

  test('append-only: the table policy denies updates and deletes to everyone; roles can only put and query', () => {
    const table = resources[logicalId(automation.auditTable)];
    expect(table.Properties.ResourcePolicy.PolicyDocument.Statement).toEqual([
      {
        Sid: 'AppendOnly',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: [
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          'dynamodb:PartiQLDelete',
          'dynamodb:PartiQLUpdate',
          'dynamodb:UpdateItem',
        ],
        Resource: '*',
      },
    ]);
    for (const fn of [
      automation.functions.okta,
      automation.functions.notify,
      automation.functions.awsAccess,
    ]) {
      const onAudit = statementsOf(fn).filter((s) =>
        JSON.stringify(s.Resource).includes(logicalId(automation.auditTable)),
      );
      expect(onAudit.flatMap((s) => s.Action)).toEqual(['dynamodb:PutItem', 'dynamodb:Query']);
    }
  });
});

describe('case leases (one offboarding per person at a time)', () => {
  test('a table keyed by person, expired items removed by TTL, encrypted with the lifecycle key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'acme-it-lifecycle-leases',
      KeySchema: [{ AttributeName: 'leaseKey', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
    });
  });

  test('the task functions get, put and delete lease items, nothing else; the start function never touches them', () => {
    const onLeases = (fn: Parameters<typeof statementsOf>[0]) =>
      statementsOf(fn).filter((s) => JSON.stringify(s.Resource).includes(logicalId(automation.leaseTable)));
    for (const fn of [
      automation.functions.okta,
      automation.functions.notify,
      automation.functions.awsAccess,
    ]) {
      expect(onLeases(fn).flatMap((s) => s.Action)).toEqual([
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
      ]);
      expect(onLeases(fn).map((s) => s.Resource)).toEqual([
        { 'Fn::GetAtt': [logicalId(automation.leaseTable), 'Arn'] },
      ]);
    }
    expect(onLeases(automation.functions.start)).toEqual([]);
    for (const handler of ['okta-tasks.handler', 'notify-tasks.handler', 'aws-access-tasks.handler'])
      template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: handler,
        Environment: {
          Variables: Match.objectLike({ LEASE_TABLE: { Ref: logicalId(automation.leaseTable) } }),
        },
      });
  });
});

describe('Lambdas', () => {
  test('Node.js 24 on arm64, traced, bounded concurrency, a dead-letter queue, the directory by its parameter', () => {
    for (const handler of [
      'okta-tasks.handler',
      'notify-tasks.handler',
      'aws-access-tasks.handler',
      'start-tasks.handler',
    ])
      template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: handler,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        ReservedConcurrentExecutions: 5,
        Timeout: 300,
        DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [logicalId(automation.deadLetters), 'Arn'] } },
        Environment: {
          Variables: Match.objectLike({
            AUDIT_TABLE: { Ref: logicalId(automation.auditTable) },
            IDEMPOTENCY_TABLE: { Ref: logicalId(automation.idempotencyTable) },
            LIFECYCLE_DIRECTORY_PARAMETER: { Ref: logicalId(automation.directoryData.parameter) },
          }),
        },
      });
  });

  test('one code asset, code only: the four handlers, no directory, no layer', () => {
    expect(readdirSync(lifecycleBundleDir()).sort()).toEqual([
      'aws-access-tasks.js',
      'notify-tasks.js',
      'okta-tasks.js',
      'start-tasks.js',
    ]);
    const keys = new Set(
      Object.values(resources)
        .filter((r) => r.Type === 'AWS::Lambda::Function')
        .map((r) => JSON.stringify(r.Properties.Code.S3Key)),
    );
    expect(keys.size).toBe(1);
    template.resourceCountIs('AWS::Lambda::LayerVersion', 0);
  });

  test('the directory is data: an S3 object named by its content, behind one SSM parameter each function may read', () => {
    const file = lifecycleDirectoryFile(automation.directory);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(automation.directory);
    const parameter = resources[logicalId(automation.directoryData.parameter)];
    expect(parameter.Properties).toMatchObject({
      Name: '/acme-it-lifecycle/directory',
      Type: 'String',
      Tier: 'Standard',
    });
    expect(parameter.Properties.Value).toMatch(
      /^s3:\/\/cdk-hnb659fds-assets-111111111111-eu-west-1\/[0-9a-f]{64}\.json$/,
    );
    for (const fn of [
      automation.functions.okta,
      automation.functions.notify,
      automation.functions.awsAccess,
      automation.functions.start,
    ])
      expect(statementsOf(fn)).toContainEqual({
        Action: 's3:GetObject',
        Effect: 'Allow',
        Resource: 'arn:aws:s3:::cdk-hnb659fds-assets-111111111111-eu-west-1/*.json',
      });
  });

  test('a config change (one more person) changes only the directory parameter: the functions stay as they are', () => {
    const withHire: OrgModel = {
      ...model,
      people: [...model.people, { ...model.people[0], id: 'new-hire', email: 'new.hire@acme.example' }],
    };
    const otherApp = new App({
      builtinCloudFormationValidation: false,
      analyticsReporting: false,
      context: { ...CDK_FEATURE_FLAGS },
    });
    const other = new Stack(otherApp, 'Lifecycle', { env });
    new LifecycleAutomation(other, 'Lifecycle', {
      ...lifecycleAutomationProps(withHire),
      ownOktaActorIds: [OWN_CLIENT],
    });
    const after = Template.fromStack(other).toJSON().Resources as typeof resources;
    const differing = Object.keys(resources).filter((id) => !isDeepStrictEqual(resources[id], after[id]));
    // The parameter's value, nothing else: no Lambda update, no IAM change.
    expect(differing).toEqual([logicalId(automation.directoryData.parameter)]);
    for (const id of Object.keys(resources).filter((k) => resources[k].Type === 'AWS::Lambda::Function'))
      expect(after[id].Properties).toEqual(resources[id].Properties);
  });

  test('only the Okta function reads the Okta credential', () => {
    expect(actionsOf(automation.functions.okta)).toEqual(
      expect.arrayContaining(['secretsmanager:GetSecretValue']),
    );
    expect(actionsOf(automation.functions.notify)).not.toContain('secretsmanager:GetSecretValue');
    expect(actionsOf(automation.functions.awsAccess)).not.toContain('secretsmanager:GetSecretValue');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'okta-tasks.handler',
      Environment: {
        Variables: Match.objectLike({ OKTA_SECRET_ARN: { Ref: logicalId(automation.oktaCredential) } }),
      },
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'acme-it-lifecycle/okta',
      KmsKeyId: { 'Fn::GetAtt': [logicalId(automation.key), 'Arn'] },
    });
  });

  test('email only from the offboarding team; Identity Center memberships only in the org identity store', () => {
    expect(statementsOf(automation.functions.notify)).toContainEqual(
      expect.objectContaining({
        Action: 'ses:SendEmail',
        Condition: { StringEquals: { 'ses:FromAddress': 'it@acme.example' } },
      }),
    );
    expect(statementsOf(automation.functions.awsAccess)).toContainEqual(
      expect.objectContaining({
        Action: [
          'identitystore:DeleteGroupMembership',
          'identitystore:GetUserId',
          'identitystore:ListGroupMembershipsForMember',
        ],
        Resource: [
          'arn:aws:identitystore::111111111111:identitystore/d-93670a1b2c',
          'arn:aws:identitystore:::group/*',
          'arn:aws:identitystore:::membership/*',
          'arn:aws:identitystore:::user/*',
        ],
      }),
    );
    expect(actionsOf(automation.functions.okta).filter((a) => /^(ses|identitystore):/.test(a))).toEqual([]);
    expect(actionsOf(automation.functions.notify).filter((a) => a.startsWith('identitystore:'))).toEqual([]);
  });

  test("the AWS access function may invoke Security's session revocation function, and no other", () => {
    const invokes = statementsOf(automation.functions.awsAccess).filter((s) =>
      JSON.stringify(s.Action).includes('lambda:'),
    );
    expect(invokes).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        Effect: 'Allow',
        Resource: 'arn:aws:lambda:eu-west-1:111111111111:function:acme-security-session-revocation',
      },
    ]);
    for (const fn of [automation.functions.okta, automation.functions.notify, automation.functions.start])
      expect(actionsOf(fn).filter((a) => a.startsWith('lambda:'))).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'aws-access-tasks.handler',
      Environment: {
        Variables: Match.objectLike({ SESSION_REVOCATION_FUNCTION: 'acme-security-session-revocation' }),
      },
    });
  });

  test('the start function starts the three workflows and reads the audit trail; it changes nothing else', () => {
    const machines = [
      automation.workflows.offboarding,
      automation.workflows.onboarding,
      automation.workflows.mover,
    ];
    const starts = statementsOf(automation.functions.start).filter(
      (s) => s.Action === 'states:StartExecution',
    );
    expect(starts.flatMap((s) => s.Resource.map((r: { Ref: string }) => r.Ref)).sort()).toEqual(
      machines.map(logicalId).sort(),
    );
    const onAudit = statementsOf(automation.functions.start).filter((s) =>
      JSON.stringify(s.Resource).includes(logicalId(automation.auditTable)),
    );
    expect(onAudit.flatMap((s) => s.Action)).toEqual(['dynamodb:Query']);
    expect(
      actionsOf(automation.functions.start).filter((a) => /^(ses|identitystore|secretsmanager):/.test(a)),
    ).toEqual([]);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'start-tasks.handler',
      Environment: {
        Variables: Match.objectLike({
          OWN_OKTA_ACTOR_IDS: OWN_CLIENT,
          OFFBOARDING_STATE_MACHINE_ARN: { Ref: logicalId(machines[0]) },
          ONBOARDING_STATE_MACHINE_ARN: { Ref: logicalId(machines[1]) },
          MOVER_STATE_MACHINE_ARN: { Ref: logicalId(machines[2]) },
        }),
      },
    });
  });
});

describe('workflows', () => {
  const offboarding = definition(automation.workflows.offboarding);
  type State = {
    Type: string;
    Next?: string;
    Default?: string;
    Retry?: unknown[];
    Catch?: unknown[];
    Parameters?: object;
  };
  const lambdaTasks = (def: { States: Record<string, State> }) =>
    Object.entries(def.States).filter(
      ([, s]) => s.Type === 'Task' && String((s as { Resource?: string }).Resource) === '<ref>',
    );
  const order = (def: { StartAt: string; States: Record<string, State> }) => {
    const states: string[] = [];
    for (let state: string | undefined = def.StartAt; state; ) {
      states.push(state);
      const s: State = def.States[state];
      state = s.Next ?? (s.Type === 'Choice' ? s.Default : undefined);
    }
    return states;
  };

  test('offboarding: open the case (unless the automation caused the event), the steps in order, sessions revoked after deny-aws, the grace period before deactivating', () => {
    expect(order(offboarding)).toEqual([
      'OpenCase',
      'Opened',
      'StepSuspend',
      'StepClearSessions',
      'StepRevokeTokens',
      'StepResetFactors',
      'StepTransferData',
      'StepRemoveGroups',
      'StepUnassignApps',
      'StepDenyAws',
      'RevokeAwsSessions',
      'StepNotify',
      'GracePeriod',
      'StepDeactivate',
      'Offboarded',
    ]);
    expect(offboarding.States.Opened).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.opened.ignored', IsPresent: true, Next: 'Ignored' }],
      Default: 'StepSuspend',
    });
    expect(offboarding.States.Ignored).toMatchObject({ Type: 'Succeed' });
    expect(offboarding.States.RevokeAwsSessions.Parameters).toEqual({
      action: LIFECYCLE_ACTIONS.revokeAwsSessions,
      'case.$': '$.opened.case',
      'executionId.$': '$$.Execution.Id',
    });
    expect(offboarding.States.GracePeriod).toMatchObject({
      Type: 'Wait',
      TimestampPath: '$.opened.case.deactivateAt',
    });
    expect(
      OFFBOARDING.map(
        (s) =>
          (
            offboarding.States[
              `Step${s.name
                .split('-')
                .map((w) => w[0].toUpperCase() + w.slice(1))
                .join('')}`
            ].Parameters as { step: string }
          ).step,
      ),
    ).toEqual(OFFBOARDING.map((s) => s.name));
  });

  test.each([
    ['offboarding', automation.workflows.offboarding],
    ['onboarding', automation.workflows.onboarding],
    ['mover', automation.workflows.mover],
  ])(
    '%s: every Lambda task has a timeout, retries what waiting fixes with full jitter, and parks the case on anything else',
    (_, machine) => {
      const def = definition(machine);
      const all = lambdaTasks(def);
      expect(all.length).toBeGreaterThan(0);
      for (const [, state] of all as [string, State & { TimeoutSeconds: number }][]) {
        expect(state.TimeoutSeconds).toBe(360);
        expect(state.Retry!.slice(0, 5)).toEqual([
          {
            ErrorEquals: [...LAMBDA_SERVICE_ERRORS],
            IntervalSeconds: 2,
            MaxAttempts: 6,
            BackoffRate: 2,
            MaxDelaySeconds: 60,
            JitterStrategy: 'FULL',
          },
          {
            ErrorEquals: [...AWS_THROTTLING_ERRORS],
            IntervalSeconds: 5,
            MaxAttempts: 6,
            BackoffRate: 2,
            MaxDelaySeconds: 120,
            JitterStrategy: 'FULL',
          },
          {
            ErrorEquals: [...LAMBDA_CRASH_ERRORS],
            IntervalSeconds: 10,
            MaxAttempts: 3,
            BackoffRate: 2,
            MaxDelaySeconds: 120,
            JitterStrategy: 'FULL',
          },
          {
            ErrorEquals: [...IDEMPOTENCY_IN_PROGRESS_ERRORS],
            IntervalSeconds: 30,
            MaxAttempts: 6,
            BackoffRate: 2,
            MaxDelaySeconds: 300,
            JitterStrategy: 'FULL',
          },
          {
            ErrorEquals: [...OKTA_RETRYABLE_ERRORS],
            IntervalSeconds: 30,
            MaxAttempts: 6,
            BackoffRate: 2,
            MaxDelaySeconds: 600,
            JitterStrategy: 'FULL',
          },
        ]);
        // Another run holding the person's offboarding lease: wait for it (about an hour), then park.
        expect(state.Retry![5]).toEqual({
          ErrorEquals: [...CASE_ALREADY_RUNNING_ERRORS],
          IntervalSeconds: 60,
          MaxAttempts: 8,
          BackoffRate: 2,
          MaxDelaySeconds: 900,
          JitterStrategy: 'FULL',
        });
        expect(state.Catch).toEqual([
          { ErrorEquals: [sfn.Errors.ALL], ResultPath: '$.error', Next: 'ParkCase' },
        ]);
        expect(state.Parameters).toMatchObject({ 'executionId.$': '$$.Execution.Id' });
      }
      expect(def.States.ParkCase).toMatchObject({
        Type: 'Task',
        Resource: 'arn:<ref>:states:::dynamodb:putItem',
        Parameters: {
          TableName: '<ref>',
          ConditionExpression: 'attribute_not_exists(caseId)',
          Item: {
            caseId: { 'S.$': `States.Format('${PARKED_CASE_PREFIX}{}', $$.Execution.Name)` },
            seq: { N: '1' },
            step: { S: PARKED_CASE_STEP },
            outcome: { S: 'failed' },
            error: { 'S.$': 'States.JsonToString($.error)' },
          },
        },
        Retry: [
          {
            ErrorEquals: [...PARK_RETRY_ERRORS],
            IntervalSeconds: 2,
            MaxAttempts: 5,
            BackoffRate: 2,
            JitterStrategy: 'FULL',
          },
        ],
        Catch: [{ ErrorEquals: [sfn.Errors.ALL], ResultPath: '$.parkError', Next: 'Alert' }],
        Next: 'Alert',
      });
      expect(def.States.Alert).toMatchObject({
        Type: 'Task',
        Resource: 'arn:<ref>:states:::sns:publish',
        Next: 'Failed',
      });
      expect(def.States.Failed).toMatchObject({ Type: 'Fail', Error: CASE_PARKED_ERROR });
    },
  );

  test('the workflow roles may write the parked record to the audit trail (put only)', () => {
    for (const machine of [automation.workflows.offboarding, automation.workflows.mover]) {
      const onAudit = statementsOf(machine).filter((s) =>
        JSON.stringify(s.Resource).includes(logicalId(automation.auditTable)),
      );
      expect(onAudit.flatMap((s) => s.Action)).toEqual(['dynamodb:PutItem']);
    }
  });

  test('the retry lists name the errors the runtime raises', () => {
    // The names are those of the classes the runtime throws (lib/lifecycle/okta/okta-errors.ts).
    expect(OKTA_RETRYABLE_ERRORS).toEqual([
      new oktaErrors.OktaRateLimitError('').name,
      new oktaErrors.OktaUnavailableError('').name,
      new oktaErrors.OktaAmbiguousOutcomeError('', 'POST /x', 'timed out').name,
    ]);
    expect(GROUPS_PENDING_ERRORS).toEqual([new oktaErrors.GroupsNotLandedError('').name]);
    // The runtime's own names are pinned to its classes once (test/lifecycle/workflow-names.test.ts).
    expect(CASE_ALREADY_RUNNING_ERRORS).toEqual([CASE_ALREADY_RUNNING_ERROR]);
    expect(IDEMPOTENCY_IN_PROGRESS_ERRORS).toEqual([IDEMPOTENCY_IN_PROGRESS_ERROR]);
  });

  test("the retry lists of AWS's own errors, pinned once (no library exports these names but States.Timeout)", () => {
    expect(LAMBDA_SERVICE_ERRORS).toEqual([
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
      'Lambda.ClientExecutionTimeoutException',
    ]);
    expect(LAMBDA_CRASH_ERRORS).toEqual([
      sfn.Errors.TIMEOUT,
      'Sandbox.Timedout',
      'Runtime.OutOfMemory',
      'Runtime.ExitError',
      'Lambda.Unknown',
    ]);
    expect(PARK_RETRY_ERRORS).toEqual([
      'DynamoDB.ProvisionedThroughputExceededException',
      'DynamoDB.InternalServerErrorException',
      'DynamoDB.ThrottlingException',
      'DynamoDB.RequestLimitExceeded',
    ]);
  });

  test('onboarding waits for the start date when activation is not due; the group check waits for Okta rules', () => {
    const onboarding = definition(automation.workflows.onboarding);
    expect(order(onboarding).slice(0, 3)).toEqual(['OpenCase', 'Opened', 'ActivationDue']);
    expect(onboarding.States.ActivationDue).toMatchObject({
      Type: 'Choice',
      Choices: [{ Variable: '$.opened.case.due', BooleanEquals: false, Next: 'StartDate' }],
      Default: 'StepActivate',
    });
    expect(onboarding.States.StartDate).toMatchObject({
      TimestampPath: '$.opened.case.activateAt',
      Next: 'StepActivate',
    });
    expect(onboarding.States.StepVerifyGroups.Retry).toContainEqual(
      expect.objectContaining({
        ErrorEquals: [...GROUPS_PENDING_ERRORS],
        JitterStrategy: 'FULL',
        MaxDelaySeconds: 900,
      }),
    );
  });

  test('traced and logged (all events, no execution data in the logs)', () => {
    for (const name of ['offboarding', 'onboarding', 'mover'])
      template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        StateMachineName: `acme-it-lifecycle-${name}`,
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
      });
  });
});

describe('triggers and alarms', () => {
  test('EventBridge rules on the Okta lifecycle bus, without the automation’s own events, hand each event to the start function', () => {
    const bus = { Ref: logicalId(automation.eventBus as never) };
    for (const [name, types] of [
      ['offboarding', ['user.lifecycle.suspend', 'user.lifecycle.deactivate']],
      ['onboarding', ['user.lifecycle.create', 'user.lifecycle.activate']],
      ['mover', ['user.account.update_profile']],
    ] as const)
      template.hasResourceProperties('AWS::Events::Rule', {
        Name: `acme-it-lifecycle-${name}`,
        EventBusName: bus,
        EventPattern: {
          source: [{ prefix: 'aws.partner/okta.com' }],
          detail: {
            eventType: types,
            outcome: { result: ['SUCCESS'] },
            actor: { id: [{ 'anything-but': [OWN_CLIENT] }] },
          },
        },
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [logicalId(automation.functions.start), 'Arn'] },
            InputTransformer: {
              InputPathsMap: { f1: '$' },
              InputTemplate: `{"kind":"event","workflow":"${name}","event":<f1>}`,
            },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(automation.deadLetters), 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
          }),
        ],
      });
  });

  test('a nightly schedule sweeps for leavers past their end date (and starts due), through the start function', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: 'acme-it-lifecycle-nightly-sweep',
      ScheduleExpression: 'cron(15 0 * * ? *)',
      ScheduleExpressionTimezone: 'Etc/UTC',
      Target: {
        Arn: { 'Fn::GetAtt': [logicalId(automation.functions.start), 'Arn'] },
        Input: '{"kind":"sweep"}',
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(automation.deadLetters), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 },
        RoleArn: Match.anyValue(),
      },
    });
  });

  test("the bus is IT's, named from config, and the Okta log stream's account may forward to it", () => {
    template.hasResourceProperties('AWS::Events::EventBus', {
      Name: lifecycleEventBusName(model),
      Policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'OktaLogStreamAccountForwards',
            Effect: 'Allow',
            Action: 'events:PutEvents',
            Principal: { AWS: 'arn:aws:iam::333333333333:root' },
            Resource: 'arn:aws:events:eu-west-1:111111111111:event-bus/acme-it-okta-lifecycle',
          },
        ],
      },
    });
    template.resourceCountIs('AWS::Events::EventBusPolicy', 0);
  });

  test('alarms on parked (failed) and timed-out executions of each workflow and on dead letters, to the alert topic', () => {
    for (const name of ['offboarding', 'onboarding', 'mover'])
      for (const [what, metric] of [
        ['failed', 'ExecutionsFailed'],
        ['timed-out', 'ExecutionsTimedOut'],
      ])
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          AlarmName: `acme-it-lifecycle-${name}-${what}`,
          MetricName: metric,
          Threshold: 1,
          AlarmActions: [{ Ref: logicalId(automation.alerts) }],
        });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'acme-it-lifecycle-dead-letters',
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'it@acme.example',
    });
  });
});

test('with neither a bus nor the name of one to create, it says which to give', () => {
  const { eventBusName: _, ...withoutBus } = lifecycleAutomationProps(model);
  const bare = new Stack(new App({ builtinCloudFormationValidation: false }), 'NoBus', { env });
  expect(() => new LifecycleAutomation(bare, 'Lifecycle', withoutBus)).toThrow(
    'LifecycleAutomation: give eventBus (an existing bus) or eventBusName (the bus to create)',
  );
});

test('cdk-nag (AWS Solutions, NIST 800-53 rev 5): nothing unacknowledged', () => {
  expect(nagFindings(stack)).toEqual([]);
});
