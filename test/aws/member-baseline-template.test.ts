import { Template } from 'aws-cdk-lib/assertions';
import { memberBaselineTemplate } from '../../lib/aws/member-baseline-template';
import { memberBaselineContext } from '../../stacks/organization-stack';
import { exampleModel } from './support/synth-app';

describe('memberBaselineTemplate', () => {
  const template = Template.fromJSON(
    memberBaselineTemplate(memberBaselineContext(exampleModel(), '222222222222')),
  );

  test('records every supported resource, global ones in the home region only', () => {
    template.hasResourceProperties('AWS::Config::ConfigurationRecorder', {
      Name: 'default',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub syntax
      RoleARN: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/acme-config-recorder' },
      RecordingGroup: {
        AllSupported: true,
        IncludeGlobalResourceTypes: { 'Fn::If': ['IsHomeRegion', true, false] },
      },
    });
    template.hasCondition('IsHomeRegion', { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] });
  });

  test('delivers to the log archive bucket, after the recorder exists', () => {
    template.hasResource('AWS::Config::DeliveryChannel', {
      DependsOn: 'ConfigRecorder',
      Properties: { S3BucketName: 'o-a1b2c3d4e5-logs-222222222222' },
    });
  });

  test('creates the recorder role once (home region), allowed to write only its own account prefix', () => {
    template.hasResource('AWS::IAM::Role', {
      Condition: 'IsHomeRegion',
      Properties: {
        RoleName: 'acme-config-recorder',
        Policies: [
          {
            PolicyName: 'deliver-to-log-archive',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['s3:GetBucketAcl', 's3:ListBucket'],
                  Resource: 'arn:aws:s3:::o-a1b2c3d4e5-logs-222222222222',
                },
                {
                  Effect: 'Allow',
                  Action: 's3:PutObject',
                  Resource: {
                    'Fn::Join': [
                      '',
                      [
                        'arn:aws:s3:::o-a1b2c3d4e5-logs-222222222222/AWSLogs/',
                        { Ref: 'AWS::AccountId' },
                        '/Config/*',
                      ],
                    ],
                  },
                },
                {
                  Effect: 'Allow',
                  Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
                  Resource: 'arn:aws:kms:eu-west-1:222222222222:key/*',
                  Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
                },
              ],
            },
          },
        ],
      },
    });
  });
});
