// The lifecycle Lambdas, one per kind of access, each with only the permissions its steps
// need: Okta tasks read the Okta credential; notice tasks send email as the offboarding
// team; the AWS access task edits Identity Center memberships and may invoke Security's
// session revocation function, nothing else; the start task starts the workflows under
// names of its own. All of them append to the audit table (put and query only), keep
// Powertools idempotency records, and read the org's directory from its data object; the
// task functions also take and release the case leases (get, put, delete of lease items).
import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ENV, type LifecycleHandlerName } from '../lifecycle/handlers/lambda-env';
import type { WorkflowName } from '../lifecycle/handlers/start-workflows';
import { functionForStep } from '../lifecycle/handlers/task-routing';
import type { LifecycleDirectory } from '../lifecycle/lifecycle-directory';
import { lifecycleBundleDir } from './lifecycle-bundle';
import type { LifecycleDirectoryData } from './lifecycle-directory-data';
import { acknowledge, TRACED_LAMBDA_ACKNOWLEDGEMENTS } from './nag-acknowledgements';

export interface LifecycleFunctionsProps {
  /** The org's directory: its sender address and identity store scope the functions' permissions. */
  readonly directory: LifecycleDirectory;
  /** Where the functions read the directory at run time. */
  readonly directoryData: LifecycleDirectoryData;
  /** Security's session revocation function (same account), the one function IT may invoke. */
  readonly sessionRevocationFunctionName: string;
  /**
   * The automation's own Okta OAuth client ids: their events start no workflow.
   * @default - none besides the client in the Okta credential (okta-tasks checks that one)
   */
  readonly ownOktaActorIds?: readonly string[];
  /** Functions are named `<namePrefix>-<function>`. */
  readonly namePrefix: string;
  /** Encrypts the functions' logs; they may encrypt and decrypt with it (the tables, the credential). */
  readonly key: kms.IKey;
  /** The append-only audit trail the tasks record to. */
  readonly auditTable: dynamodb.ITable;
  /** Powertools idempotency records: a step retried never runs twice. */
  readonly idempotencyTable: dynamodb.ITable;
  /** The case leases: read, taken (conditional put) and released (conditional delete) by the task functions. */
  readonly leaseTable: dynamodb.ITable;
  /** The Okta OAuth service app's credential the Okta tasks read. */
  readonly oktaCredential: secretsmanager.ISecret;
  /** Where failed asynchronous invocations go. */
  readonly deadLetters: sqs.IQueue;
}

export class LifecycleFunctions extends Construct {
  readonly okta: lambda.Function;
  readonly notify: lambda.Function;
  readonly awsAccess: lambda.Function;
  readonly start: lambda.Function;

  /** The function that runs a step (see lib/lifecycle/handlers/task-routing.ts). */
  forStep(step: string): lambda.Function {
    const name = functionForStep(step);
    return name === 'okta-tasks' ? this.okta : name === 'notify-tasks' ? this.notify : this.awsAccess;
  }

  constructor(scope: Construct, id: string, props: LifecycleFunctionsProps) {
    super(scope, id);
    const code = lambda.Code.fromAsset(lifecycleBundleDir());
    const make = (name: LifecycleHandlerName, constructId: string, description: string) => {
      const logGroup = new logs.LogGroup(this, `${constructId}Logs`, {
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: props.key,
      });
      const fn = new lambda.Function(this, constructId, {
        functionName: `${props.namePrefix}-${name}`,
        description,
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        code,
        handler: `${name}.handler`,
        memorySize: 512,
        // Okta calls retry within the policy's bounds (at most about four minutes).
        timeout: Duration.minutes(5),
        // Few at a time: Okta's rate limits are per org, and workflows are not urgent to the second.
        reservedConcurrentExecutions: 5,
        tracing: lambda.Tracing.ACTIVE,
        deadLetterQueue: props.deadLetters,
        logGroup,
        environment: {
          [ENV.auditTable]: props.auditTable.tableName,
          [ENV.idempotencyTable]: props.idempotencyTable.tableName,
          [ENV.directoryParameter]: props.directoryData.parameter.parameterName,
          POWERTOOLS_SERVICE_NAME: 'org-blueprint-lifecycle',
        },
      });
      props.directoryData.grantRead(fn);
      // Append-only: put and query, never update or delete (the table's policy denies those too).
      if (name === 'start-tasks') props.auditTable.grant(fn, 'dynamodb:Query');
      else {
        props.auditTable.grant(fn, 'dynamodb:PutItem', 'dynamodb:Query');
        props.leaseTable.grant(fn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem');
        fn.addEnvironment(ENV.leaseTable, props.leaseTable.tableName);
      }
      props.idempotencyTable.grantReadWriteData(fn);
      props.key.grantEncryptDecrypt(fn);
      acknowledge(fn, [
        {
          id: 'NIST.800.53.R5-LambdaInsideVPC',
          reason:
            'Calls only the public Okta API and AWS service endpoints; there is no private resource to reach',
        },
        {
          id: 'NIST.800.53.R5-IAMNoInlinePolicy',
          reason: "CDK writes the function role's policy from the grants above; it belongs to this one role",
        },
      ]);
      return fn;
    };

    this.okta = make('okta-tasks', 'OktaTasks', 'Lifecycle workflow steps that call Okta');
    props.oktaCredential.grantRead(this.okta);
    this.okta.addEnvironment(ENV.oktaSecretArn, props.oktaCredential.secretArn);

    this.notify = make('notify-tasks', 'NotifyTasks', 'Lifecycle workflow notices (email through SES)');
    const { account, region, partition } = Stack.of(this);
    const sesIdentities = `arn:${partition}:ses:${region}:${account}:identity/*`;
    this.notify.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [sesIdentities],
        conditions: { StringEquals: { 'ses:FromAddress': props.directory.sender } },
      }),
    );
    acknowledge(this.notify, [
      {
        id: `AwsSolutions-IAM5[Resource::${sesIdentities}]`,
        reason:
          'SES checks the sender and, in the sandbox, each recipient identity; the From address is pinned by condition',
      },
    ]);

    this.awsAccess = make(
      'aws-access-tasks',
      'AwsAccessTasks',
      'Lifecycle step: remove IAM Identity Center access',
    );
    const identityStore = `arn:${partition}:identitystore::${account}:identitystore/${props.directory.identityStoreId}`;
    const runtimeIds = ['user', 'group', 'membership'].map(
      (kind) => `arn:${partition}:identitystore:::${kind}/*`,
    );
    this.awsAccess.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'identitystore:GetUserId',
          'identitystore:ListGroupMembershipsForMember',
          'identitystore:DeleteGroupMembership',
        ],
        resources: [identityStore, ...runtimeIds],
      }),
    );
    const revocation = Stack.of(this).formatArn({
      service: 'lambda',
      resource: 'function',
      resourceName: props.sessionRevocationFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.awsAccess.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [revocation] }),
    );
    this.awsAccess.addEnvironment(ENV.sessionRevocationFunction, props.sessionRevocationFunctionName);
    acknowledge(
      this.awsAccess,
      runtimeIds.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          'Leavers, their groups and memberships are known only at run time; the identity store is pinned by its ARN',
      })),
    );
    this.start = make(
      'start-tasks',
      'StartTasks',
      'Starts the lifecycle workflows, one execution per person and case (from Okta events and the nightly sweep)',
    );
    this.start.addEnvironment(ENV.ownOktaActorIds, [...(props.ownOktaActorIds ?? [])].sort().join(','));
    acknowledgeWildcards(this);
  }

  /** Lets the start function start these workflows (and only these). */
  allowStarting(machines: Readonly<Record<WorkflowName, sfn.IStateMachine>>): void {
    const env: Record<WorkflowName, string> = {
      offboarding: ENV.offboardingStateMachine,
      onboarding: ENV.onboardingStateMachine,
      mover: ENV.moverStateMachine,
    };
    for (const [workflow, machine] of Object.entries(machines) as [WorkflowName, sfn.IStateMachine][]) {
      machine.grantStartExecution(this.start);
      this.start.addEnvironment(env[workflow], machine.stateMachineArn);
    }
  }
}

/** The wildcards left in the roles, each for a reason a reviewer can check. */
function acknowledgeWildcards(functions: LifecycleFunctions): void {
  const common = [
    {
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        'grantEncryptDecrypt on the lifecycle key only: DynamoDB, SQS and Secrets Manager need data keys of it',
    },
    {
      id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      reason:
        'grantEncryptDecrypt on the lifecycle key only, which encrypts the lifecycle tables, queue and secret',
    },
    ...TRACED_LAMBDA_ACKNOWLEDGEMENTS,
  ];
  for (const fn of [functions.okta, functions.notify, functions.awsAccess, functions.start])
    acknowledge(fn, common);
}
