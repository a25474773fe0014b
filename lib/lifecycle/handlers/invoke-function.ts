// Lambda Invoke (synchronous) as a signed request: the one call aws-access-tasks makes to
// Security's session revocation function.
import type { InvokeFunction } from '../aws-access/session-revocation';
import { type AwsRequester, requireOk, signedAwsRequester } from './signed-aws-request';

export function lambdaInvoker(region: string, send: AwsRequester = signedAwsRequester()): InvokeFunction {
  return async (functionName, payload) => {
    const response = requireOk(
      'lambda',
      await send({
        service: 'lambda',
        region,
        method: 'POST',
        host: `lambda.${region}.amazonaws.com`,
        path: `/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
        headers: { 'content-type': 'application/json', 'x-amz-invocation-type': 'RequestResponse' },
        body: JSON.stringify(payload),
      }),
    );
    const functionError = response.headers.get('x-amz-function-error') ?? undefined;
    return {
      payload: response.body ? JSON.parse(response.body) : null,
      ...(functionError === undefined ? {} : { functionError }),
      requestId: response.headers.get('x-amzn-requestid') ?? 'unknown',
    };
  };
}
