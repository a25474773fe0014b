// Makes the audit account the delegated administrator of the organization's security
// services (from the management account): GuardDuty in every region, Security Hub (its
// central configuration carries it to the linked regions), AWS Config and IAM Access
// Analyzer. Never undone on stack deletion: removing a delegated administrator is a
// decision for a person, not a side effect.
import * as iam from 'aws-cdk-lib/aws-iam';
import * as securityhub from 'aws-cdk-lib/aws-securityhub';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { AwsApiCalls } from './aws-api-calls';

export interface DelegatedAdministratorsProps {
  /** The account that administers the security services (the audit account). */
  readonly auditAccountId: string;
  /** Every region GuardDuty is administered in. */
  readonly regions: readonly string[];
  /**
   * Delegate GuardDuty, in every region.
   * @default false
   */
  readonly guardDuty?: boolean;
  /**
   * Delegate Security Hub.
   * @default false
   */
  readonly securityHub?: boolean;
  /**
   * Delegate AWS Config.
   * @default false
   */
  readonly awsConfig?: boolean;
  /**
   * Delegate IAM Access Analyzer.
   * @default false
   */
  readonly accessAnalyzer?: boolean;
}

/** Organizations refuses to register an account twice; a re-run must not fail the stack. */
const ALREADY_DONE = 'AccountAlreadyRegisteredException|BadRequestException';

export class DelegatedAdministrators extends Construct {
  readonly securityHub?: securityhub.CfnDelegatedAdmin;

  constructor(scope: Construct, id: string, props: DelegatedAdministratorsProps) {
    super(scope, id);
    const admin = props.auditAccountId;
    const calls = AwsApiCalls.of(this);
    calls.allow(
      [
        new iam.PolicyStatement({
          actions: [
            'guardduty:EnableOrganizationAdminAccount',
            'guardduty:ListOrganizationAdminAccounts',
            'organizations:EnableAWSServiceAccess',
            'organizations:RegisterDelegatedAdministrator',
            'organizations:ListDelegatedAdministrators',
            'organizations:ListAWSServiceAccessForOrganization',
            'organizations:DescribeOrganization',
          ],
          // These organization-level actions support no resource-level permissions.
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          actions: ['iam:CreateServiceLinkedRole'],
          resources: ['arn:aws:iam::*:role/aws-service-role/*'],
          conditions: {
            StringEquals: {
              'iam:AWSServiceName': ['guardduty.amazonaws.com', 'malware-protection.guardduty.amazonaws.com'],
            },
          },
        }),
      ],
      [
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            'GuardDuty and Organizations delegated-administrator actions support no resource-level permissions',
        },
        {
          id: 'AwsSolutions-IAM5[Resource::arn:aws:iam::*:role/aws-service-role/*]',
          reason:
            'GuardDuty creates its service-linked role; the iam:AWSServiceName condition pins which one',
        },
      ],
    );

    const call = (
      key: string,
      sdk: Omit<cr.AwsSdkCall, 'physicalResourceId' | 'ignoreErrorCodesMatching'>,
    ) => {
      const once = {
        ...sdk,
        physicalResourceId: cr.PhysicalResourceId.of(key),
        ignoreErrorCodesMatching: ALREADY_DONE,
      };
      return calls.call(this, key, { onCreate: once, onUpdate: once });
    };

    if (props.guardDuty) {
      for (const region of props.regions) {
        call(`guardduty-${region}`, {
          service: 'GuardDuty',
          action: 'enableOrganizationAdminAccount',
          parameters: { AdminAccountId: admin },
          region,
        });
      }
    }
    const servicePrincipals = [
      ...(props.awsConfig ? ['config.amazonaws.com'] : []),
      ...(props.accessAnalyzer ? ['access-analyzer.amazonaws.com'] : []),
    ];
    for (const principal of servicePrincipals) {
      const name = principal.split('.')[0];
      const access = call(`${name}-access`, {
        service: 'Organizations',
        action: 'enableAWSServiceAccess',
        parameters: { ServicePrincipal: principal },
        region: 'us-east-1',
      });
      const register = call(`${name}-admin`, {
        service: 'Organizations',
        action: 'registerDelegatedAdministrator',
        parameters: { AccountId: admin, ServicePrincipal: principal },
        region: 'us-east-1',
      });
      register.node.addDependency(access);
    }
    if (props.securityHub) {
      this.securityHub = new securityhub.CfnDelegatedAdmin(this, 'SecurityHub', { adminAccountId: admin });
    }
  }
}
