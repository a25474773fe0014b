// The key-policy statement every customer managed key behind a function's log group carries.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { allowLogsToUseKey } from '../../lib/aws/logs-key-policy';

function logsStatement(env: { account: string; region: string }) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Keys', { env });
  allowLogsToUseKey(new kms.Key(stack, 'Key'));
  const [key] = Object.values(Template.fromStack(stack).findResources('AWS::KMS::Key'));
  return key.Properties.KeyPolicy.Statement.find((s: { Sid?: string }) => s.Sid === 'CloudWatchLogs');
}

describe('allowLogsToUseKey', () => {
  test("the logs service of the key's region, for log groups of the key's account only, in its partition", () => {
    expect(logsStatement({ account: '111111111111', region: 'eu-west-1' })).toEqual({
      Sid: 'CloudWatchLogs',
      Effect: 'Allow',
      Principal: { Service: 'logs.eu-west-1.amazonaws.com' },
      Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      Resource: '*',
      Condition: {
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': {
            'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:eu-west-1:111111111111:*']],
          },
        },
      },
    });
  });
});
