// AWS API calls CloudFormation has no resource for (delegated administrators, organization
// settings, Identity Store lookups), made at deploy time by CDK's AwsCustomResource. CDK
// runs every AwsCustomResource of a stack in one shared handler, so the stack has one
// role for them, with one customer-managed policy that each user extends with exactly the
// statements its calls need.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct, type IConstruct } from 'constructs';
import { type Acknowledgement, acknowledge, acknowledgeSdkCallProvider } from './nag-acknowledgements';

export interface AwsApiCallProps {
  readonly onCreate?: cr.AwsSdkCall;
  readonly onUpdate?: cr.AwsSdkCall;
  readonly onDelete?: cr.AwsSdkCall;
}

const ID = 'AwsApiCalls';

export class AwsApiCalls extends Construct {
  /** The stack's shared API-call role and policy, created on first use. */
  static of(scope: IConstruct): AwsApiCalls {
    const stack = Stack.of(scope);
    return (stack.node.tryFindChild(ID) as AwsApiCalls | undefined) ?? new AwsApiCalls(stack, ID);
  }

  readonly role: iam.Role;
  readonly policy: iam.ManagedPolicy;
  private readonly statements: iam.PolicyStatement[] = [];

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Makes the AWS API calls this stack needs at deploy time',
    });
    const logGroups = `arn:aws:logs:${stack.region}:${stack.account}:log-group:/aws/lambda/*`;
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroups],
        }),
      ],
    });
    acknowledge(this.policy, [
      {
        id: `AwsSolutions-IAM5[Resource::${logGroups}]`,
        reason:
          'The API call handler is named by CDK at deploy time, so its log group is only known by the /aws/lambda/ prefix',
      },
    ]);
  }

  /** Lets the calls do what `statements` allow; acknowledgements justify their nag findings. */
  allow(statements: readonly iam.PolicyStatement[], acknowledgements: readonly Acknowledgement[] = []): void {
    this.policy.addStatements(...statements);
    this.statements.push(...statements);
    if (acknowledgements.length) acknowledge(this.policy, acknowledgements);
  }

  /** One API call (a custom resource) in `scope`, under the caller's stable construct id. */
  call(scope: Construct, id: string, props: AwsApiCallProps): cr.AwsCustomResource {
    const resource = new cr.AwsCustomResource(scope, id, {
      ...props,
      role: this.role,
      installLatestAwsSdk: false,
    });
    resource.node.addDependency(this.policy);
    // Another construct may have created the stack's shared handler, with its own role, first.
    if (resource.grantPrincipal !== this.role) {
      for (const s of this.statements) resource.grantPrincipal.addToPrincipalPolicy(s);
    }
    acknowledgeSdkCallProvider(Stack.of(this));
    return resource;
  }
}
