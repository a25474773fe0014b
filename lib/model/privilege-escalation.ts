// What makes IAM permissions privileged, as data: the classes of action that let a holder
// raise their own privilege or blind Security (AWS's "Permissions management" access level
// on the identity services, credential and trust writes, Identity Center, Organizations,
// key policies, turning off logging and detection), the compute services that run code
// under a passed role, and AWS managed policies that are admin-like.

export interface EscalationClass {
  /** Shown in messages: `writes IAM policies (iam:AttachRolePolicy)`. */
  readonly description: string;
  readonly service: string;
  /** Named actions of the service in this class. */
  readonly actions?: readonly string[];
  /** Every action of the service whose AWS access level includes one of these. */
  readonly accessLevels?: readonly string[];
  /** Every action of the service whose name matches. */
  readonly names?: RegExp;
}

export const ESCALATION_CLASSES: readonly EscalationClass[] = [
  {
    description: 'writes IAM policies, boundaries or trust',
    service: 'iam',
    accessLevels: ['Permissions management'],
  },
  {
    description: 'creates IAM credentials or group memberships',
    service: 'iam',
    actions: [
      'CreateAccessKey',
      'CreateLoginProfile',
      'UpdateLoginProfile',
      'AddUserToGroup',
      'CreateServiceSpecificCredential',
      'ResetServiceSpecificCredential',
      'UploadSSHPublicKey',
      'UploadSigningCertificate',
      'DeactivateMFADevice',
    ],
  },
  {
    description: 'changes who IAM trusts',
    service: 'iam',
    actions: [
      'CreateSAMLProvider',
      'UpdateSAMLProvider',
      'CreateOpenIDConnectProvider',
      'AddClientIDToOpenIDConnectProvider',
      'UpdateOpenIDConnectProviderThumbprint',
    ],
  },
  {
    description: 'changes Identity Center access',
    service: 'sso',
    accessLevels: ['Write', 'Permissions management'],
  },
  {
    description: 'changes Identity Center users or groups',
    service: 'identitystore',
    accessLevels: ['Write'],
  },
  { description: 'changes the Identity Center directory', service: 'sso-directory', accessLevels: ['Write'] },
  {
    description: 'changes the AWS organization or its SCPs',
    service: 'organizations',
    accessLevels: ['Write', 'Permissions management'],
  },
  {
    description: 'changes KMS key policies or grants, or destroys keys',
    service: 'kms',
    accessLevels: ['Permissions management'],
    actions: ['ScheduleKeyDeletion', 'DisableKey'],
  },
  { description: 'stops or changes CloudTrail', service: 'cloudtrail', names: /^(Stop|Delete|Update|Put)/ },
  {
    description: 'turns off or silences GuardDuty',
    service: 'guardduty',
    names: /^(Delete|Disable|Disassociate|Stop|Update|Archive|CreateFilter)/,
  },
  {
    description: 'turns off or silences Security Hub',
    service: 'securityhub',
    names: /^(Delete|Disable|Disassociate|Update|BatchUpdateFindings)/,
  },
  {
    description: 'turns off or changes AWS Config',
    service: 'config',
    names: /^(Delete|Stop|PutConfigurationRecorder|PutDeliveryChannel|PutRetentionConfiguration)/,
  },
  {
    description: 'silences IAM Access Analyzer',
    service: 'access-analyzer',
    names: /^(Delete|CreateArchiveRule|UpdateArchiveRule|ApplyArchiveRule|UpdateFindings)/,
  },
];

/** Creating compute that runs under a role: with iam:PassRole, the holder acts as any role they can pass. */
export const COMPUTE_WITH_ROLE: readonly string[] = [
  'apprunner:CreateService',
  'autoscaling:CreateLaunchConfiguration',
  'batch:RegisterJobDefinition',
  'cloudformation:CreateStack',
  'cloudformation:CreateStackSet',
  'cloudformation:UpdateStack',
  'codebuild:CreateProject',
  'datapipeline:CreatePipeline',
  'ec2:AssociateIamInstanceProfile',
  'ec2:RunInstances',
  'ecs:RegisterTaskDefinition',
  'ecs:RunTask',
  'glue:CreateDevEndpoint',
  'glue:CreateJob',
  'lambda:CreateFunction',
  'lambda:UpdateFunctionConfiguration',
  'sagemaker:CreateNotebookInstance',
  'sagemaker:CreateProcessingJob',
  'sagemaker:CreateTrainingJob',
  'states:CreateStateMachine',
];

/** Assuming roles: privileged when it reaches any role (`Resource: "*"`). */
export const ASSUME_ROLE_ACTIONS: readonly string[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
];

/**
 * AWS managed policies (by name, `*` a wildcard) that are admin-like: full access, IAM or
 * Identity Center or Organizations administration, PassRole with compute creation, or the
 * power to turn off logging, detection or keys. Read-only ones (SecurityAudit,
 * ReadOnlyAccess, ViewOnlyAccess) are not here: they are privileged only in a sensitive account.
 */
export const ADMIN_LIKE_MANAGED_POLICIES: readonly string[] = [
  'AdministratorAccess',
  'AdministratorAccess-Amplify',
  'AdministratorAccess-AWSElasticBeanstalk',
  'PowerUserAccess',
  'IAMFullAccess',
  'SystemAdministrator',
  'AWSOrganizationsFullAccess',
  'AWSSSO*FullAccess',
  'AWSSSOMasterAccountAdministrator',
  'AWSSSOMemberAccountAdministrator',
  'AWSSSODirectoryAdministrator',
  'AWSIdentitySyncFullAccess',
  'AWSCloudTrail_FullAccess',
  'AmazonGuardDutyFullAccess',
  'AWSSecurityHubFullAccess',
  'IAMAccessAnalyzerFullAccess',
  'AWSKeyManagementServicePowerUser',
  'AWSLambda_FullAccess',
  'AWSGlueConsoleFullAccess',
  'AmazonSageMakerFullAccess',
  'AWSStepFunctionsFullAccess',
  'AmazonECS_FullAccess',
  'AWSBatchFullAccess',
];

/** Account roles (org.yaml) where any access at all is privileged. */
export const SENSITIVE_ACCOUNT_ROLES: readonly string[] = ['management', 'log-archive', 'audit'];
