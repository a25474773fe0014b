// Where the Lambdas read the org's directory (people, groups, apps, grants, timings): not
// from their code, so a config change updates one SSM parameter and one S3 object, never
// the functions. The parameter holds the S3 location of the directory JSON (a deploy-time
// asset named by its content); a container reads the object once per location and checks
// the parameter on each invocation, so it picks up a new directory on the next task.
import { readFileSync } from 'node:fs';
import type { LifecycleDirectory } from '../lifecycle-directory';
import { ENV } from './lambda-env';
import { type AwsRequester, requireOk, signedAwsRequester } from './signed-aws-request';

export interface DirectoryVersion {
  /** Where this version was read from: `file:<path>` or `s3://<bucket>/<key>`. */
  readonly location: string;
  readonly directory: LifecycleDirectory;
}

export type DirectorySource = () => Promise<DirectoryVersion>;

/** A directory file on disk (tests, local runs): `LIFECYCLE_DIRECTORY=<path>`. */
export function fileDirectorySource(path: string): DirectorySource {
  let version: DirectoryVersion | undefined;
  return async () => {
    version ??= { location: `file:${path}`, directory: JSON.parse(readFileSync(path, 'utf8')) };
    return version;
  };
}

/** The SSM parameter → S3 object pair the lifecycle construct deploys. */
export function parameterDirectorySource(
  parameterName: string,
  region: string,
  send: AwsRequester = signedAwsRequester(),
): DirectorySource {
  let cached: DirectoryVersion | undefined;
  return async () => {
    const location = await readParameter(send, region, parameterName);
    if (cached?.location === location) return cached;
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
    if (!match)
      throw new Error(`SSM parameter ${parameterName} should hold s3://<bucket>/<key>, got "${location}"`);
    const [, bucket, key] = match;
    const object = requireOk(
      's3',
      await send({
        service: 's3',
        region,
        method: 'GET',
        host: `${bucket}.s3.${region}.amazonaws.com`,
        path: `/${key.split('/').map(encodeURIComponent).join('/')}`,
        headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      }),
    );
    cached = { location, directory: JSON.parse(object.body) };
    return cached;
  };
}

async function readParameter(send: AwsRequester, region: string, name: string): Promise<string> {
  const response = requireOk(
    'ssm',
    await send({
      service: 'ssm',
      region,
      method: 'POST',
      host: `ssm.${region}.amazonaws.com`,
      path: '/',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameter' },
      body: JSON.stringify({ Name: name }),
    }),
  );
  const value = (JSON.parse(response.body) as { Parameter?: { Value?: string } }).Parameter?.Value;
  if (!value) throw new Error(`SSM parameter ${name} has no value`);
  return value;
}

/** The source the environment names: a file when `LIFECYCLE_DIRECTORY` is set, else the parameter. */
export function directorySourceFromEnv(env: NodeJS.ProcessEnv = process.env): DirectorySource {
  const path = env[ENV.directoryPath];
  if (path) return fileDirectorySource(path);
  const parameter = env[ENV.directoryParameter];
  const region = env.AWS_REGION;
  if (!parameter || !region)
    throw new Error(
      `set ${ENV.directoryParameter} (and AWS_REGION) to the directory's SSM parameter, or ${ENV.directoryPath} to a file`,
    );
  return parameterDirectorySource(parameter, region);
}
