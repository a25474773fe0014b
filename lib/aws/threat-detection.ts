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
import type { OrgModel } from '../model/org-model';
import { AwsApiCalls } from './aws-api-calls';
import { acknowledge } from './nag-acknowledgements';
import { orgSlug } from './org-naming';
import { standardArn } from './security-hub-standards';

export interface ThreatDetectionProps {
  readonly model: OrgModel;
  /** Every region the baseline covers; the first is the home region. */
  readonly regions: readonly string[];
}

export class ThreatDetection extends Construct {
  readonly detector?: guardduty.CfnDetector;
  readonly hub?: securityhub.CfnHub;
  readonly analyzer?: accessanalyzer.CfnAnalyzer;

  constructor(scope: Construct, id: string, props: ThreatDetectionProps) {
    super(scope, id);
    const { model } = props;
    const m = model.monitoring;
    const stack = Stack.of(this);
    const home = stack.region === model.aws.homeRegion;

    if (m.guardDuty.enabled) {
      const s3 = m.guardDuty.s3Protection ? 'ENABLED' : 'DISABLED';
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
          Features: [{ Name: 'S3_DATA_EVENTS', AutoEnable: m.guardDuty.s3Protection ? 'ALL' : 'NONE' }],
        },
        physicalResourceId: cr.PhysicalResourceId.of(`guardduty-organization-${stack.region}`),
      };
      calls.call(this, 'GuardDutyAutoEnable', { onCreate: autoEnable, onUpdate: autoEnable });
    }

    if (m.accessAnalyzer.enabled) {
      this.analyzer = new accessanalyzer.CfnAnalyzer(this, 'AccessAnalyzer', {
        analyzerName: `${orgSlug(model)}-organization`,
        type: 'ORGANIZATION',
      });
    }

    if (home && m.securityHub.enabled) this.hub = this.securityHub(model, props.regions);
    if (home && m.awsConfig.enabled) this.configAggregator(model, props.regions);
  }

  private securityHub(model: OrgModel, regions: readonly string[]): securityhub.CfnHub {
    const region = Stack.of(this).region;
    const hub = new securityhub.CfnHub(this, 'SecurityHub', {
      enableDefaultStandards: false,
      autoEnableControls: true,
      controlFindingGenerator: 'SECURITY_CONTROL',
    });
    const linked = regions.filter((r) => r !== region);
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
      name: `${orgSlug(model)}-security-baseline`,
      description: `Security Hub and the ${model.name} standards in every account`,
      configurationPolicy: {
        securityHub: {
          serviceEnabled: true,
          enabledStandardIdentifiers: model.monitoring.securityHub.standards.map((s) =>
            standardArn(s, region),
          ),
          securityControlsConfiguration: { disabledSecurityControlIdentifiers: [] },
        },
      },
    });
    policy.addResourceDependency(organization);
    for (const ou of model.aws.ous.filter((o) => o.ouId)) {
      const association = new securityhub.CfnPolicyAssociation(this, `SecurityHubPolicy-${ou.id}`, {
        configurationPolicyId: policy.attrId,
        targetId: ou.ouId!,
        targetType: 'ORGANIZATIONAL_UNIT',
      });
      association.addResourceDependency(policy);
    }
    return hub;
  }

  private configAggregator(model: OrgModel, regions: readonly string[]): void {
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
      configurationAggregatorName: `${orgSlug(model)}-organization`,
      organizationAggregationSource: {
        roleArn: role.roleArn,
        allAwsRegions: false,
        awsRegions: [...regions],
      },
    });
  }
}
