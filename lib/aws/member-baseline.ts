// The member-account baseline, deployed from the management account by a service-managed
// StackSet auto-deployed to the OUs config names (new accounts get it on joining, in every
// configured region) — the distributed engine for thousands of accounts, not a loop of
// stacks. StackSets never deploy to the management account itself, so its AWS Config
// recorder is declared here directly.

import { Stack } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import * as config from 'aws-cdk-lib/aws-config';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { AwsApiCalls } from './aws-api-calls';
import {
  configDeliveryStatements,
  type MemberBaselineContext,
  memberBaselineTemplate,
} from './member-baseline-template';
import { acknowledge } from './nag-acknowledgements';

export interface MemberBaselineProps extends MemberBaselineContext {
  /** The org's slug: the StackSet is `<slug>-member-baseline`. */
  readonly orgSlug: string;
  /** The regions every member account gets the baseline in, in deployment order (home first). */
  readonly regions: readonly string[];
  /**
   * The OUs (Organizations ids) the StackSet auto-deploys to.
   * @default - none: no stack instances
   */
  readonly ouIds?: readonly string[];
}

/** Stable key order, so the template body (and the plan's diff of it) never churns. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export class MemberBaseline extends Construct {
  readonly stackSet: cloudformation.CfnStackSet;

  constructor(scope: Construct, id: string, props: MemberBaselineProps) {
    super(scope, id);
    const ouIds = [...(props.ouIds ?? [])].sort();

    // Service-managed StackSets need trusted access between CloudFormation and Organizations.
    const calls = AwsApiCalls.of(this);
    calls.allow(
      [
        new iam.PolicyStatement({
          actions: [
            'cloudformation:ActivateOrganizationsAccess',
            'organizations:EnableAWSServiceAccess',
            'organizations:DescribeOrganization',
            'organizations:ListAWSServiceAccessForOrganization',
            'iam:GetRole',
          ],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          actions: ['iam:CreateServiceLinkedRole'],
          resources: ['arn:aws:iam::*:role/aws-service-role/*'],
          conditions: { StringEquals: { 'iam:AWSServiceName': 'stacksets.cloudformation.amazonaws.com' } },
        }),
      ],
      [
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            'ActivateOrganizationsAccess and the Organizations calls it makes support no resource-level permissions',
        },
        {
          id: 'AwsSolutions-IAM5[Resource::arn:aws:iam::*:role/aws-service-role/*]',
          reason:
            'StackSets creates its service-linked role; the iam:AWSServiceName condition pins which one',
        },
      ],
    );
    const activate = {
      service: 'CloudFormation',
      action: 'activateOrganizationsAccess',
      parameters: {},
      physicalResourceId: cr.PhysicalResourceId.of('stacksets-organizations-access'),
    };
    const access = calls.call(this, 'ActivateTrustedAccess', { onCreate: activate, onUpdate: activate });

    this.stackSet = new cloudformation.CfnStackSet(this, 'StackSet', {
      stackSetName: `${props.orgSlug}-member-baseline`,
      description: `${props.orgName} baseline of every member account (AWS Config to the log archive)`,
      permissionModel: 'SERVICE_MANAGED',
      autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false },
      capabilities: ['CAPABILITY_NAMED_IAM'],
      callAs: 'SELF',
      managedExecution: { Active: true },
      operationPreferences: {
        // The home region creates the account's IAM role that the other regions use.
        regionConcurrencyType: 'SEQUENTIAL',
        regionOrder: [...props.regions],
        maxConcurrentPercentage: 25,
        failureTolerancePercentage: 10,
      },
      stackInstancesGroup: ouIds.length
        ? [{ deploymentTargets: { organizationalUnitIds: ouIds }, regions: [...props.regions] }]
        : undefined,
      templateBody: stableJson(memberBaselineTemplate(props)),
    });
    this.stackSet.node.addDependency(access);

    this.managementRecorder(props);
  }

  private managementRecorder(props: MemberBaselineProps): void {
    const role = new iam.Role(this, 'ConfigRecorderRole', {
      roleName: props.configRecorderRoleName,
      description: 'AWS Config records this account and delivers to the log archive',
      assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWS_ConfigRole')],
    });
    const delivery = new iam.ManagedPolicy(this, 'ConfigDelivery', {
      roles: [role],
      document: iam.PolicyDocument.fromJson({
        Version: '2012-10-17',
        Statement: configDeliveryStatements(props, Stack.of(this).account),
      }),
    });
    acknowledge(role, [
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole]',
        reason:
          'AWS maintains the read permissions Config needs as it adds resource types; ours would fall behind',
      },
    ]);
    acknowledge(delivery, [
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:s3:::${props.logArchiveBucketName}/AWSLogs/${Stack.of(this).account}/Config/*]`,
        reason: 'Config names its delivery objects by date; the account prefix confines them',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:kms:${props.homeRegion}:${props.logArchiveAccountId}:key/*]`,
        reason:
          'The log archive key lives in another account; its id is not known here, kms:ViaService S3 confines use',
      },
    ]);
    const recorder = new config.CfnConfigurationRecorder(this, 'ConfigRecorder', {
      name: 'default',
      roleArn: role.roleArn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
    });
    recorder.node.addDependency(delivery);
    const channel = new config.CfnDeliveryChannel(this, 'ConfigDeliveryChannel', {
      name: 'default',
      s3BucketName: props.logArchiveBucketName,
      configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
    });
    channel.addResourceDependency(recorder);
  }
}
