// The org's directory (people, groups, apps, grants, timings, from the config) as data
// beside the lifecycle Lambdas, not inside their code: one JSON object in the deploy-time
// asset bucket, named by its content, and one SSM parameter that points at it. A config
// change (a new hire, a renamed group) then changes that parameter and nothing else in
// the template: the functions' code and configuration stay as they are, and the plan of a
// config-only PR shows no Lambda updates. S3 holds any size of org (10,000 people are
// about 3 MB, far over SSM's 8 KB); the runtime reads the object once per container and
// version (lib/lifecycle/handlers/directory-source.ts).
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct, type IConstruct } from 'constructs';
import type { LifecycleDirectory } from '../lifecycle/lifecycle-directory';
import { acknowledge } from './nag-acknowledgements';

export interface LifecycleDirectoryDataProps {
  /** The org's directory as the lifecycle runtime reads it, stored as an S3 asset. */
  readonly directory: LifecycleDirectory;
  /** Names the parameter: `/<namePrefix>/directory`. */
  readonly namePrefix: string;
}

/** The directory JSON in the temp folder, named after its content (written once per content). */
export function lifecycleDirectoryFile(directory: LifecycleDirectory): string {
  const json = JSON.stringify(directory);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 20);
  const file = join(tmpdir(), `org-blueprint-lifecycle-directory-${hash}.json`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, json);
  renameSync(partial, file);
  return file;
}

export class LifecycleDirectoryData extends Construct {
  readonly asset: s3assets.Asset;
  readonly parameter: ssm.StringParameter;

  constructor(scope: Construct, id: string, props: LifecycleDirectoryDataProps) {
    super(scope, id);
    this.asset = new s3assets.Asset(this, 'Directory', { path: lifecycleDirectoryFile(props.directory) });
    this.parameter = new ssm.StringParameter(this, 'Location', {
      parameterName: `/${props.namePrefix}/directory`,
      description: "Where the lifecycle Lambdas read the org's directory (people, groups, apps) from",
      stringValue: `s3://${this.asset.s3BucketName}/${this.asset.s3ObjectKey}`,
      tier: ssm.ParameterTier.STANDARD,
    });
  }

  /**
   * Lets a function read the pointer and the directory objects. By pattern (`*.json` in the
   * asset bucket), not by key: the key is the content's hash, and naming it would change
   * every function's IAM policy with every config change (an IAM change in every plan).
   */
  grantRead(grantee: iam.IGrantable & IConstruct): void {
    // Only the one call the runtime makes (lib/lifecycle/handlers/directory-source.ts), which
    // is also all Security's role boundary lets IT's roles do in SSM.
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['ssm:GetParameter'],
      resourceArns: [this.parameter.parameterArn],
    });
    const objects = this.objectPattern();
    iam.Grant.addToPrincipal({ grantee, actions: ['s3:GetObject'], resourceArns: [objects] });
    acknowledge(grantee, [
      {
        id: `AwsSolutions-IAM5[Resource::${objects}]`,
        reason:
          "The directory's object key is its content hash, so it changes with the config; the asset bucket holds deploy artifacts (templates, code), no secrets",
      },
    ]);
  }

  private objectPattern(): string {
    return `arn:${Stack.of(this).partition}:s3:::${this.asset.s3BucketName}/*.json`;
  }
}
