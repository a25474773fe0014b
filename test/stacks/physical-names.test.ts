// A name given to a resource is one resource in its scope (an account and region; an account
// for IAM; every account for S3): two stacks declaring it means the second stack's deploy
// fails, and deleting either takes the other's resource. Checked over the example org's app.
import { exampleModel, synthApp } from '../aws/support/synth-app';

/** Name properties by resource type, and whether the name is per account and region, per account, or global. */
const NAMED: Readonly<
  Record<string, { readonly property: string; readonly scope: 'region' | 'account' | 'global' }>
> = {
  'AWS::SNS::Topic': { property: 'TopicName', scope: 'region' },
  'AWS::SQS::Queue': { property: 'QueueName', scope: 'region' },
  'AWS::Lambda::Function': { property: 'FunctionName', scope: 'region' },
  'AWS::Logs::LogGroup': { property: 'LogGroupName', scope: 'region' },
  'AWS::DynamoDB::Table': { property: 'TableName', scope: 'region' },
  'AWS::StepFunctions::StateMachine': { property: 'StateMachineName', scope: 'region' },
  'AWS::Events::EventBus': { property: 'Name', scope: 'region' },
  'AWS::Events::Archive': { property: 'ArchiveName', scope: 'region' },
  'AWS::Scheduler::ScheduleGroup': { property: 'Name', scope: 'region' },
  'AWS::KMS::Alias': { property: 'AliasName', scope: 'region' },
  'AWS::SecretsManager::Secret': { property: 'Name', scope: 'region' },
  'AWS::CloudTrail::Trail': { property: 'TrailName', scope: 'region' },
  'AWS::IAM::Role': { property: 'RoleName', scope: 'account' },
  'AWS::IAM::ManagedPolicy': { property: 'ManagedPolicyName', scope: 'account' },
  'AWS::S3::Bucket': { property: 'BucketName', scope: 'global' },
};

function clashes(model: Parameters<typeof synthApp>[0]): string[] {
  const { assembly } = synthApp(model);
  const owners = new Map<string, string[]>();
  for (const stack of assembly.stacks)
    for (const [logicalId, resource] of Object.entries<{
      Type: string;
      Properties?: Record<string, unknown>;
    }>(stack.template.Resources ?? {})) {
      const named = NAMED[resource.Type];
      const name = named && resource.Properties?.[named.property];
      if (typeof name !== 'string') continue; // unnamed, or a token CloudFormation resolves
      const where =
        named.scope === 'global'
          ? ''
          : named.scope === 'account'
            ? stack.environment.account
            : `${stack.environment.account}/${stack.environment.region}`;
      const key = `${resource.Type} ${where} ${name}`;
      owners.set(key, [...(owners.get(key) ?? []), `${stack.stackName}/${logicalId}`]);
    }
  return [...owners].filter(([, at]) => at.length > 1).map(([key, at]) => `${key}: ${at.join(', ')}`);
}

test('named resources are unique where AWS scopes their names', () => {
  expect(clashes(exampleModel())).toEqual([]);
});
