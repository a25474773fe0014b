import { Match } from 'aws-cdk-lib/assertions';
import { CIS_METRIC_FILTERS } from '../../lib/aws/cis-metric-filters';
import { DEPLOY_QUALIFIERS } from '../../lib/aws/deploy-qualifiers';
import type { OrgModel } from '../../lib/model/org-model';
import { exampleModel, type SynthesizedApp, synthApp } from '../aws/support/synth-app';

let model: OrgModel;
let app: SynthesizedApp;

beforeAll(() => {
  model = exampleModel();
  app = synthApp(model);
});

const MANAGEMENT = '111111111111';
const LOG_ARCHIVE = '222222222222';
const AUDIT = '333333333333';
const TRAIL_ARN = `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/acme-org-trail`;

describe('SecurityStacks: placement', () => {
  test('every stack of the example org, with stable names', () => {
    expect(app.stackNames).toEqual([
      'acme-it',
      'acme-security-access',
      'acme-security-deploy-roles',
      'acme-security-detection-eu-west-1',
      'acme-security-detection-us-east-1',
      'acme-security-log-archive',
      'acme-security-okta-alerts',
      'acme-security-org-trail',
      'acme-security-organization',
    ]);
  });

  test.each([
    ['acme-security-log-archive', LOG_ARCHIVE, 'eu-west-1'],
    ['acme-security-org-trail', MANAGEMENT, 'eu-west-1'],
    ['acme-security-organization', MANAGEMENT, 'eu-west-1'],
    ['acme-security-deploy-roles', MANAGEMENT, 'eu-west-1'],
    ['acme-security-access', MANAGEMENT, 'eu-west-1'],
    ['acme-security-detection-eu-west-1', AUDIT, 'eu-west-1'],
    ['acme-security-detection-us-east-1', AUDIT, 'us-east-1'],
    ['acme-security-okta-alerts', AUDIT, 'eu-west-1'],
  ])(
    '%s deploys to %s/%s with termination protection and the security qualifier',
    (name, account, region) => {
      const artifact = app.assembly.getStackByName(name);
      expect(artifact.environment).toMatchObject({ account, region });
      expect(artifact.terminationProtection).toBe(true);
      expect(artifact.assumeRoleArn).toContain(
        `cdk-${DEPLOY_QUALIFIERS.security}-deploy-role-${account}-${region}`,
      );
    },
  );

  test('declares deploy order as stack dependencies, never cross-account references', () => {
    const deps = (name: string) =>
      app.assembly
        .getStackByName(name)
        .dependencies.map((d) => d.id)
        .filter((id) => !id.endsWith('.assets'))
        .sort();
    expect(deps('acme-security-org-trail')).toEqual(['acme-security-log-archive']);
    expect(deps('acme-security-organization')).toEqual(['acme-security-log-archive']);
    expect(deps('acme-security-detection-eu-west-1')).toEqual(['acme-security-organization']);
    expect(deps('acme-security-detection-us-east-1')).toEqual(['acme-security-organization']);
    for (const name of app.stackNames) {
      expect(JSON.stringify(app.assembly.getStackByName(name).template)).not.toMatch(
        /Fn::ImportValue|Fn::GetStackOutput/,
      );
    }
  });
});

describe('LogArchive: the bucket in the log archive account', () => {
  const t = () => app.template('acme-security-log-archive');

  test('is object-locked (COMPLIANCE, 365 days), versioned, KMS-encrypted, public-access-blocked and retained', () => {
    t().hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketName: `o-a1b2c3d4e5-logs-${LOG_ARCHIVE}`,
        ObjectLockEnabled: true,
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } },
        },
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              BucketKeyEnabled: true,
              ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
            },
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      },
    });
  });

  test('logs server access to a separate bucket and keeps logs for the configured 7 years', () => {
    t().hasResourceProperties('AWS::S3::Bucket', {
      BucketName: `o-a1b2c3d4e5-logs-${LOG_ARCHIVE}`,
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'log-archive/' },
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            ExpirationInDays: 2555,
            Transitions: [{ StorageClass: 'GLACIER', TransitionInDays: 90 }],
          }),
        ],
      },
    });
    t().hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: { BucketName: `o-a1b2c3d4e5-access-logs-${LOG_ARCHIVE}` },
    });
  });

  test('denies non-SSL access and lets only the organization trail write, under its ARN', () => {
    const policies = Object.values(t().findResources('AWS::S3::BucketPolicy')).map(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    for (const statements of policies) {
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
    t().hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'CloudTrailWrite',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: {
              StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': TRAIL_ARN },
            },
          }),
        ]),
      },
    });
  });

  test('encrypts with a rotating key that is retained', () => {
    t().hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
  });
});

describe('OrgTrail: the organization trail in the management account', () => {
  const t = () => app.template('acme-security-org-trail');

  test('covers the organization, all regions and management events, validates log files, and is retained', () => {
    t().hasResource('AWS::CloudTrail::Trail', {
      DeletionPolicy: 'Retain',
      Properties: {
        TrailName: 'acme-org-trail',
        IsOrganizationTrail: true,
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: true,
        IsLogging: true,
        S3BucketName: `o-a1b2c3d4e5-logs-${LOG_ARCHIVE}`,
        KMSKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^OrgTrailKey'), 'Arn'] },
        CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^OrgTrailLogs'), 'Arn'] },
        EventSelectors: [{ IncludeManagementEvents: true, ReadWriteType: 'All' }],
      },
    });
  });

  test('encrypts with a rotating, retained customer-managed key that only this trail may use', () => {
    t().hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Sid: 'CloudTrailEncrypt',
              Principal: { Service: 'cloudtrail.amazonaws.com' },
              Action: 'kms:GenerateDataKey*',
              Condition: {
                StringEquals: { 'aws:SourceArn': TRAIL_ARN },
                StringLike: {
                  'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${MANAGEMENT}:trail/*`,
                },
              },
            }),
          ]),
        },
      },
    });
  });

  test('delivers to an encrypted CloudWatch log group kept for a year, and retained', () => {
    t().hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Retain',
      Properties: {
        LogGroupName: '/acme/cloudtrail/acme-org-trail',
        RetentionInDays: 365,
        KmsKeyId: Match.anyValue(),
      },
    });
  });
});

describe('SecurityAlarms: CIS section 4 and break-glass', () => {
  const t = () => app.template('acme-security-org-trail');

  test('one metric filter and alarm per CIS control (4.1-4.15) and per break-glass principal', () => {
    expect(CIS_METRIC_FILTERS.map((f) => f.cis)).toEqual(Array.from({ length: 15 }, (_, i) => `4.${i + 1}`));
    t().resourceCountIs('AWS::Logs::MetricFilter', 16);
    t().resourceCountIs('AWS::CloudWatch::Alarm', 16);
  });

  test.each(CIS_METRIC_FILTERS.map((f) => [f.id, f.pattern]))(
    '%s filters the trail logs with the CIS pattern',
    (id, pattern) => {
      t().hasResourceProperties('AWS::Logs::MetricFilter', {
        FilterPattern: pattern,
        LogGroupName: { Ref: Match.stringLikeRegexp('^OrgTrailLogs') },
        MetricTransformations: [{ MetricNamespace: 'acme/security', MetricName: id, MetricValue: '1' }],
      });
      t().hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `acme-${id}`,
        MetricName: id,
        Namespace: 'acme/security',
        Statistic: 'Sum',
        Threshold: 1,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlertsTopic') }],
      });
    },
  );

  test('alarms on any use of the break-glass role, in its account', () => {
    t().hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: `{ ($.recipientAccountId = "${MANAGEMENT}") && (($.userIdentity.userName = "BreakGlassAdministrator") || ($.userIdentity.sessionContext.sessionIssuer.userName = "BreakGlassAdministrator")) }`,
      MetricTransformations: [Match.objectLike({ MetricName: 'break-glass-aws-break-glass' })],
    });
  });

  test('page through a KMS-encrypted, SSL-only topic with the monitoring.yaml subscribers', () => {
    t().hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'acme-security-org-trail-alerts',
      KmsMasterKeyId: Match.anyValue(),
    });
    t().hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    t().hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'security-alerts@acme.example',
    });
    t().hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'https',
      Endpoint: 'https://hooks.acme.example/security-alerts',
    });
    t().resourceCountIs('AWS::SNS::Subscription', 2);
  });
});
