// Where the Lambdas read the directory: the SSM parameter on every invocation, the S3 object
// once per location; a file for local runs. Against a fake of the two APIs' wire formats.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  directorySourceFromEnv,
  parameterDirectorySource,
} from '../../../lib/lifecycle/handlers/directory-source';
import type { AwsRequest, AwsResponse } from '../../../lib/lifecycle/handlers/signed-aws-request';

function fakeAws(state: { location: string; objects: Record<string, string> }) {
  const requests: AwsRequest[] = [];
  const send = async (r: AwsRequest): Promise<AwsResponse> => {
    requests.push(r);
    const ok = (body: string) => ({ status: 200, headers: new Headers(), body });
    if (r.service === 'ssm') {
      expect(r.headers?.['x-amz-target']).toBe('AmazonSSM.GetParameter');
      return ok(JSON.stringify({ Parameter: { Name: JSON.parse(r.body!).Name, Value: state.location } }));
    }
    const key = `s3://${r.host.split('.s3.')[0]}${r.path}`;
    return key in state.objects
      ? ok(state.objects[key])
      : { status: 404, headers: new Headers(), body: 'NoSuchKey' };
  };
  return { send, requests };
}

test('reads the object once per location and follows the parameter when a deploy moves it', async () => {
  const state = {
    location: 's3://cdk-assets/aaa.json',
    objects: {
      's3://cdk-assets/aaa.json': '{"org":"Acme v1"}',
      's3://cdk-assets/bbb.json': '{"org":"Acme v2"}',
    },
  };
  const aws = fakeAws(state);
  const source = parameterDirectorySource('/acme-it-lifecycle/directory', 'eu-west-1', aws.send);
  expect((await source()).directory).toEqual({ org: 'Acme v1' });
  expect((await source()).directory).toEqual({ org: 'Acme v1' });
  state.location = 's3://cdk-assets/bbb.json';
  expect(await source()).toEqual({ location: 's3://cdk-assets/bbb.json', directory: { org: 'Acme v2' } });
  expect(aws.requests.map((r) => `${r.service} ${r.method} ${r.host}${r.path}`)).toEqual([
    'ssm POST ssm.eu-west-1.amazonaws.com/',
    's3 GET cdk-assets.s3.eu-west-1.amazonaws.com/aaa.json',
    'ssm POST ssm.eu-west-1.amazonaws.com/',
    'ssm POST ssm.eu-west-1.amazonaws.com/',
    's3 GET cdk-assets.s3.eu-west-1.amazonaws.com/bbb.json',
  ]);
});

test('a parameter that is not an S3 location, or an object that is gone, says so', async () => {
  const bad = fakeAws({ location: 'https://example.com/x.json', objects: {} });
  await expect(parameterDirectorySource('/p', 'eu-west-1', bad.send)()).rejects.toThrow(
    'SSM parameter /p should hold s3://<bucket>/<key>, got "https://example.com/x.json"',
  );
  const gone = fakeAws({ location: 's3://cdk-assets/gone.json', objects: {} });
  await expect(parameterDirectorySource('/p', 'eu-west-1', gone.send)()).rejects.toThrow(
    's3 answered 404: NoSuchKey',
  );
});

test('from the environment: a file for local runs, else the parameter; neither is an error naming both', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'directory-')), 'directory.json');
  writeFileSync(file, '{"org":"Local"}');
  expect(await directorySourceFromEnv({ LIFECYCLE_DIRECTORY: file })()).toEqual({
    location: `file:${file}`,
    directory: { org: 'Local' },
  });
  expect(() => directorySourceFromEnv({})).toThrow(
    "set LIFECYCLE_DIRECTORY_PARAMETER (and AWS_REGION) to the directory's SSM parameter, or LIFECYCLE_DIRECTORY to a file",
  );
});
