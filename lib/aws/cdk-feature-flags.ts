// The aws-cdk-lib feature flags the blueprint is built and tested with, pinned here (not
// read from the library's "recommended" list) so upgrading aws-cdk-lib never silently
// changes a template. Set on the App by stacks/app.ts, so `cdk synth`, `blueprint plan` and
// the tests agree without cdk.json.
export const CDK_FEATURE_FLAGS: Readonly<Record<string, unknown>> = {
  // Access logs delivered by bucket policy, not the legacy LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-s3:createDefaultLoggingPolicy': true,
  '@aws-cdk/aws-s3:publicAccessBlockedByDefault': true,
  '@aws-cdk/aws-iam:minimizePolicies': true,
  '@aws-cdk/aws-kms:aliasNameRef': true,
  '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope': true,
  '@aws-cdk/core:enablePartitionLiterals': true,
  '@aws-cdk/core:target-partitions': ['aws', 'aws-cn'],
  '@aws-cdk/aws-events:requireEventBusPolicySid': true,
  // Same-account references between stacks (shard stacks → permission set ARNs) read the
  // producer's outputs: no exports that would pin the producer.
  '@aws-cdk/core:defaultCrossStackReferences': 'weak',
  // AwsCustomResource uses the SDK in the Lambda runtime: no install from npm at deploy time.
  '@aws-cdk/customresources:installLatestAwsSdkDefault': false,
  '@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault': false,
  // Built-in template validation findings fail synthesis, warnings included.
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  '@aws-cdk/core:strictCfnValidateErrors': true,
};
