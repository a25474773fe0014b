// LifecycleAutomation: the workflows, their triggers, the audit trail and credential, the
// alarms, least-privilege roles, and cdk-nag — on the example org, in a stack of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CDK_FEATURE_FLAGS } from '../../lib/aws/cdk-feature-flags';
import { LifecycleAutomation, lifecycleEventBusName } from '../../lib/aws/lifecycle-automation';
import { lifecycleCodeDir } from '../../lib/aws/lifecycle-code-asset';
import { nagFindings } from '../../lib/aws/nag-packs';
import { lifecycleDirectory } from '../../lib/lifecycle/lifecycle-directory';
import { OFFBOARDING } from '../../lib/lifecycle/offboarding/offboarding-steps';
import { exampleModel } from './support/synth-app';

const model = exampleModel();
const app = new App({
  builtinCloudFormationValidation: false,
  analyticsReporting: false,
  context: { ...CDK_FEATURE_FLAGS },
});
const stack = new Stack(app, 'Lifecycle', { env: { account: '111111111111', region: 'eu-west-1' } });
const automation = new LifecycleAutomation(stack, 'Lifecycle', { model });
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

describe('Lambdas', () => {
  test('Node.js 24 on arm64, traced, bounded concurrency, a dead-letter queue', () => {
    for (const handler of ['okta-tasks.handler', 'notify-tasks.handler', 'aws-access-tasks.handler'])
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
            LIFECYCLE_DIRECTORY: '/var/task/lifecycle-directory.json',
          }),
        },
      });
  });

  test('one code asset: the three handlers and the config as the runtime sees it (no layer to replace)', () => {
    const dir = lifecycleCodeDir(lifecycleDirectory(model));
    expect(readdirSync(dir).sort()).toEqual([
      'aws-access-tasks.js',
      'lifecycle-directory.json',
      'notify-tasks.js',
      'okta-tasks.js',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'lifecycle-directory.json'), 'utf8'))).toEqual(
      automation.directory,
    );
    const keys = new Set(
      Object.values(resources)
        .filter((r) => r.Type === 'AWS::Lambda::Function')
        .map((r) => JSON.stringify(r.Properties.Code.S3Key)),
    );
    expect(keys.size).toBe(1);
    template.resourceCountIs('AWS::Lambda::LayerVersion', 0);
  });

  test('a config change (a renamed group) changes the code asset, so the functions update in place', () => {
    const directory = lifecycleDirectory(model);
    const renamed = {
      ...directory,
      groups: directory.groups.map((g) => (g.id === 'go-to-market' ? { ...g, name: 'GTM' } : g)),
    };
    expect(lifecycleCodeDir(renamed)).not.toBe(lifecycleCodeDir(directory));
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
});

describe('workflows', () => {
  const offboarding = definition(automation.workflows.offboarding);
  const tasks = (def: { States: Record<string, { Type: string }> }) =>
    Object.entries(def.States).filter(([, s]) => s.Type === 'Task' && !('Next' in s && s.Next === 'Failed'));

  test('offboarding: open the case, then the steps in order, waiting out the grace period before deactivating', () => {
    const order: string[] = [];
    for (let state = offboarding.StartAt; state; state = offboarding.States[state].Next) order.push(state);
    expect(order).toEqual([
      'OpenCase',
      'StepSuspend',
      'StepClearSessions',
      'StepRevokeTokens',
      'StepResetFactors',
      'StepTransferData',
      'StepRemoveGroups',
      'StepUnassignApps',
      'StepDenyAws',
      'StepNotify',
      'GracePeriod',
      'StepDeactivate',
      'Offboarded',
    ]);
    expect(offboarding.States.GracePeriod).toMatchObject({
      Type: 'Wait',
      TimestampPath: '$.opened.case.deactivateAt',
    });
    expect(
      OFFBOARDING.map(
        (s) =>
          offboarding.States[
            `Step${s.name
              .split('-')
              .map((w) => w[0].toUpperCase() + w.slice(1))
              .join('')}`
          ].Parameters.step,
      ),
    ).toEqual(OFFBOARDING.map((s) => s.name));
  });

  test.each([
    ['offboarding', automation.workflows.offboarding],
    ['onboarding', automation.workflows.onboarding],
    ['mover', automation.workflows.mover],
  ])(
    '%s: every task retries Lambda errors and Okta limits with full jitter and a max delay, and catches to the alert',
    (_, machine) => {
      const def = definition(machine);
      const all = tasks(def).filter(([name]) => name !== 'Alert');
      expect(all.length).toBeGreaterThan(0);
      for (const [, state] of all as unknown as [
        string,
        { Retry: unknown[]; Catch: unknown[]; Parameters: object },
      ][]) {
        expect(state.Retry).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              ErrorEquals: expect.arrayContaining([
                'Lambda.ServiceException',
                'Lambda.TooManyRequestsException',
              ]),
              JitterStrategy: 'FULL',
              MaxDelaySeconds: 60,
            }),
            expect.objectContaining({
              ErrorEquals: ['OktaRateLimitError', 'OktaUnavailableError'],
              JitterStrategy: 'FULL',
              MaxDelaySeconds: 600,
            }),
          ]),
        );
        expect(state.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Alert' }]);
        expect(state.Parameters).toMatchObject({ 'executionId.$': '$$.Execution.Id' });
      }
      expect(def.States.Alert).toMatchObject({
        Type: 'Task',
        Resource: 'arn:<ref>:states:::sns:publish',
        Next: 'Failed',
      });
      expect(def.States.Failed).toMatchObject({ Type: 'Fail', Error: 'LifecycleStepFailed' });
    },
  );

  test('onboarding waits for the start date when activation is not due; the group check waits for Okta rules', () => {
    const onboarding = definition(automation.workflows.onboarding);
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
        ErrorEquals: ['GroupsNotLandedError'],
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
  test('EventBridge rules on the Okta lifecycle bus start each workflow, with a dead-letter queue and retries', () => {
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
          detail: { eventType: types, outcome: { result: ['SUCCESS'] } },
        },
        Targets: [
          Match.objectLike({
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(automation.deadLetters), 'Arn'] } },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
          }),
        ],
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

  test('alarms on failed executions of each workflow and on dead letters, to the alert topic', () => {
    for (const name of ['offboarding', 'onboarding', 'mover'])
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `acme-it-lifecycle-${name}-failed`,
        MetricName: 'ExecutionsFailed',
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

test('cdk-nag (AWS Solutions, NIST 800-53 rev 5): nothing unacknowledged', () => {
  expect(nagFindings(stack)).toEqual([]);
});
