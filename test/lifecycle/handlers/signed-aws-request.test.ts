// Signed requests: Signature V4 headers from the SDK's signer on the call's service and
// region, and the error names the state machines retry on a throttled answer.
import { AWS_THROTTLING_ERRORS, LIFECYCLE_RETRIES } from '../../../lib/aws/lifecycle-retry';
import {
  AwsRequestError,
  requireOk,
  signedAwsRequester,
} from '../../../lib/lifecycle/handlers/signed-aws-request';

test('signs with the credentials for the service and region, and sends to the host (fetch stubbed)', async () => {
  const sent: { url: string; init: RequestInit }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response('{"Parameter":{"Value":"s3://b/k.json"}}', { status: 200 });
  }) as typeof fetch;
  try {
    const send = signedAwsRequester(async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }));
    const response = await send({
      service: 'ssm',
      region: 'eu-west-1',
      method: 'POST',
      host: 'ssm.eu-west-1.amazonaws.com',
      path: '/',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameter' },
      body: '{"Name":"/acme-it-lifecycle/directory"}',
    });
    expect(response.status).toBe(200);
    expect(sent[0].url).toBe('https://ssm.eu-west-1.amazonaws.com/');
    const headers = sent[0].init.headers as Record<string, string>;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/ssm\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test.each([429, 503])('a %i is a throttling error, which the workflows retry', (status) => {
  let error: Error | undefined;
  try {
    requireOk('lambda', { status, headers: new Headers(), body: 'Rate exceeded' });
  } catch (e) {
    error = e as Error;
  }
  expect(error?.message).toBe(`lambda answered ${status}: Rate exceeded`);
  expect(AWS_THROTTLING_ERRORS).toContain(error?.name);
});

test('any other failure is not retried by name', () => {
  let error: Error | undefined;
  try {
    requireOk('s3', { status: 403, headers: new Headers(), body: 'AccessDenied' });
  } catch (e) {
    error = e as Error;
  }
  expect(error).toBeInstanceOf(AwsRequestError);
  expect(error?.message).toBe('s3 answered 403: AccessDenied');
  expect(LIFECYCLE_RETRIES.flatMap((retry) => retry.errors)).not.toContain(error?.name);
});
