// Threat detection run from the audit account (delegated administrator), in one region:
// GuardDuty with S3 protection, auto-enabled for every account of the organization; an
// organization IAM Access Analyzer; and, in the home region only, Security Hub with the
// configured standards applied to every OU by central configuration (findings of the other
// regions aggregated there) and the organization's AWS Config aggregator.
import { Stack } from 'aws-cdk-lib';
import * as accessanalyzer from 'aws-cdk-lib/aws-accessanalyzer';
import * as config from 'aws-cdk-lib/aws-config';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as securityhub from 'aws-cdk-lib/aws-securityhub';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { AwsApiCalls } from './aws-api-calls';
import { acknowledge } from './nag-acknowledgements';
import { type SecurityHubStandard, standardArn } from './security-hub-standards';

/** An OU Security Hub's configuration policy is associated with. */
export interface SecurityHubTargetOu {
  /** Its config id, in the association's construct id. */
  readonly id: string;
  /** Its Organizations id (`ou-...`). */
  readonly ouId: string;
}

export interface ThreatDetectionProps {
  /** The org's display name, in the Security Hub policy's description. */
  readonly orgName: string;
  /** The org's slug, the prefix of the analyzer's, aggregator's and policy's names. */
  readonly orgSlug: string;
  /** The home region: Security Hub and the Config aggregator run there only. */
  readonly homeRegion: string;
  /** Every region the baseline covers; the first is the home region. */
  readonly regions: readonly string[];
  /**
   * GuardDuty, auto-enabled for every account of the organization.
   * @default false
   */
  readonly guardDuty?: boolean;
  /**
   * With `guardDuty`, its S3 protection (S3 data events).
   * @default true
   */
  readonly guardDutyS3Protection?: boolean;
  /**
   * An organization IAM Access Analyzer.
   * @default false
   */
  readonly accessAnalyzer?: boolean;
  /**
   * Security Hub with central configuration (home region only).
   * @default false
   */
  readonly securityHub?: boolean;
  /**
   * The standards Security Hub's configuration policy enables in every account.
   * @default - none
   */
  readonly securityHubStandards?: readonly SecurityHubStandard[];
  /**
   * The OUs that policy is associated with.
   * @default - none
   */
  readonly securityHubTargetOus?: readonly SecurityHubTargetOu[];
  /**
   * The organization's AWS Config aggregator (home region only).
   * @default false
   */
  readonly awsConfig?: boolean;
}

export class ThreatDetection extends Construct {
  readonly detector?: guardduty.CfnDetector;
  readonly hub?: securityhub.CfnHub;
  readonly analyzer?: accessanalyzer.CfnAnalyzer;

  constructor(scope: Construct, id: string, props: ThreatDetectionProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const home = stack.region === props.homeRegion;
    const s3Protection = props.guardDutyS3Protection ?? true;

    if (props.guardDuty) {
      const s3 = s3Protection ? 'ENABLED' : 'DISABLED';
      const detector = new guardduty.CfnDetector(this, 'GuardDuty', {
        enable: true,
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        features: [{ name: 'S3_DATA_EVENTS', status: s3 }],
      });
      this.detector = detector;
      const calls = AwsApiCalls.of(this);
      calls.allow(
        [
          new iam.PolicyStatement({
            actions: ['guardduty:UpdateOrganizationConfiguration'],
            resources: [`arn:aws:guardduty:${stack.region}:${stack.account}:detector/${detector.ref}`],
          }),
          new iam.PolicyStatement({
            // Organization-wide settings are authorized on the organization, not a resource.
            actions: ['organizations:DescribeOrganization', 'organizations:ListAccounts'],
            resources: ['*'],
          }),
        ],
        [
          {
            id: 'AwsSolutions-IAM5[Resource::*]',
            reason:
              'organizations:DescribeOrganization and ListAccounts support no resource-level permissions',
          },
        ],
      );
      const autoEnable = {
        service: 'GuardDuty',
        action: 'updateOrganizationConfiguration',
        parameters: {
          DetectorId: detector.ref,
          AutoEnableOrganizationMembers: 'ALL',
          Features: [{ Name: 'S3_DATA_EVENTS', AutoEnable: s3Protection ? 'ALL' : 'NONE' }],
        },
        physicalResourceId: cr.PhysicalResourceId.of(`guardduty-organization-${stack.region}`),
      };
      calls.call(this, 'GuardDutyAutoEnable', { onCreate: autoEnable, onUpdate: autoEnable });
    }

    if (props.accessAnalyzer) {
      this.analyzer = new accessanalyzer.CfnAnalyzer(this, 'AccessAnalyzer', {
        analyzerName: `${props.orgSlug}-organization`,
        type: 'ORGANIZATION',
      });
    }

    if (home && props.securityHub) this.hub = this.securityHub(props);
    if (home && props.awsConfig) this.configAggregator(props);
  }

  private securityHub(props: ThreatDetectionProps): securityhub.CfnHub {
    const region = Stack.of(this).region;
    const hub = new securityhub.CfnHub(this, 'SecurityHub', {
      enableDefaultStandards: false,
      autoEnableControls: true,
      controlFindingGenerator: 'SECURITY_CONTROL',
    });
    const linked = props.regions.filter((r) => r !== region);
    // Central configuration needs an aggregator; with a single configured region, linking
    // every region also surfaces findings from regions nobody should be using.
    const aggregator = new securityhub.CfnFindingAggregator(this, 'FindingAggregator', {
      regionLinkingMode: linked.length ? 'SPECIFIED_REGIONS' : 'ALL_REGIONS',
      regions: linked.length ? linked : undefined,
    });
    aggregator.addResourceDependency(hub);
    const organization = new securityhub.CfnOrganizationConfiguration(this, 'SecurityHubOrganization', {
      autoEnable: false,
      autoEnableStandards: 'NONE',
      configurationType: 'CENTRAL',
    });
    organization.addResourceDependency(aggregator);
    const policy = new securityhub.CfnConfigurationPolicy(this, 'SecurityHubPolicy', {
      name: `${props.orgSlug}-security-baseline`,
      description: `Security Hub and the ${props.orgName} standards in every account`,
      configurationPolicy: {
        securityHub: {
          serviceEnabled: true,
          enabledStandardIdentifiers: (props.securityHubStandards ?? []).map((s) => standardArn(s, region)),
          securityControlsConfiguration: { disabledSecurityControlIdentifiers: [] },
        },
      },
    });
    policy.addResourceDependency(organization);
    for (const ou of props.securityHubTargetOus ?? []) {
      const association = new securityhub.CfnPolicyAssociation(this, `SecurityHubPolicy-${ou.id}`, {
        configurationPolicyId: policy.attrId,
        targetId: ou.ouId,
        targetType: 'ORGANIZATIONAL_UNIT',
      });
      association.addResourceDependency(policy);
    }
    return hub;
  }

  private configAggregator(props: ThreatDetectionProps): void {
    const role = new iam.Role(this, 'ConfigAggregatorRole', {
      assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
      description: 'Lets AWS Config read the configuration of every account of the organization',
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSConfigRoleForOrganizations'),
      ],
    });
    acknowledge(role, [
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSConfigRoleForOrganizations]',
        reason:
          'AWS maintains this read-only organization policy for Config aggregators as Organizations evolves',
      },
    ]);
    new config.CfnConfigurationAggregator(this, 'ConfigAggregator', {
      configurationAggregatorName: `${props.orgSlug}-organization`,
      organizationAggregationSource: {
        roleArn: role.roleArn,
        allAwsRegions: false,
        awsRegions: [...props.regions],
      },
    });
  }
}
