// Justified exceptions to cdk-nag findings, recorded on the construct they concern (never a
// whole stack) with the specific reason, so a reviewer can audit every one of them.
import { type Stack, Validations } from 'aws-cdk-lib';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { IConstruct } from 'constructs';

export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
}

/** What every traced Lambda function with the basic execution role is granted, and why. */
export const TRACED_LAMBDA_ACKNOWLEDGEMENTS: readonly Acknowledgement[] = [
  {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray trace segments have no resource ARN (PutTraceSegments, PutTelemetryRecords)',
  },
  {
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'The AWS-managed basic execution role only lets the function write its own log streams',
  },
];

export function acknowledge(scope: IConstruct, acknowledgements: readonly Acknowledgement[]): void {
  Validations.of(scope).acknowledge(...acknowledgements);
}

/** The Lambda function CDK shares between every AwsCustomResource of a stack. */
export function sdkCallProvider(stack: Stack): IConstruct | undefined {
  const id = `AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`;
  return stack.node.tryFindChild(id);
}

/**
 * The provider of AwsCustomResource is CDK's own short-lived handler: it runs only during
 * deployments, called synchronously by CloudFormation.
 */
export function acknowledgeSdkCallProvider(stack: Stack): void {
  const provider = sdkCallProvider(stack);
  if (!provider) return;
  acknowledge(provider, [
    {
      id: 'NIST.800.53.R5-LambdaConcurrency',
      reason:
        'CDK custom resource handler: runs only when CloudFormation deploys this stack, one call per resource',
    },
    {
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason:
        'CDK custom resource handler: CloudFormation invokes it synchronously and fails the deployment on error',
    },
    {
      id: 'NIST.800.53.R5-LambdaInsideVPC',
      reason: 'CDK custom resource handler: calls only AWS APIs, no VPC resources to reach',
    },
    {
      id: 'AwsSolutions-L1',
      reason: 'CDK custom resource handler: CDK pins the runtime it ships and tests with',
    },
  ]);
}
