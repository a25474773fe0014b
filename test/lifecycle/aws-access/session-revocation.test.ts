// IT's side of session revocation: the one call to Security's function, and what its
// answer or its refusal become.
import {
  LambdaSessionRevocation,
  SessionRevocationError,
} from '../../../lib/lifecycle/aws-access/session-revocation';
import { lambdaInvoker } from '../../../lib/lifecycle/handlers/invoke-function';
import type { AwsRequest } from '../../../lib/lifecycle/handlers/signed-aws-request';

const USER = '9067a2b4c1-1234abcd-56ef-7890-abcd-ef1234567890';
const request = {
  identityStoreUserId: USER,
  caseId: 'offboard/isabel-santos/2026-11-13',
  requestedBy: 'stepfunctions:x',
};

function invokerAnswering(body: unknown, functionError?: string) {
  const sent: AwsRequest[] = [];
  const invoke = lambdaInvoker('eu-west-1', async (r) => {
    sent.push(r);
    const headers = new Headers({ 'x-amzn-requestid': 'lambda-req-1' });
    if (functionError) headers.set('x-amz-function-error', functionError);
    return { status: 200, headers, body: JSON.stringify(body) };
  });
  return { invoke, sent };
}

test('invokes the function synchronously with the user id and returns its answer with the request id', async () => {
  const answer = {
    userId: USER,
    outcome: 'revoked',
    deniedUntil: '2026-11-23T21:15:00.000Z',
    identityStoreUser: 'scim',
  };
  const { invoke, sent } = invokerAnswering(answer);
  const result = await new LambdaSessionRevocation(invoke, 'acme-security-session-revocation').revoke(
    request,
  );
  expect(result).toEqual({ ...answer, requestId: 'lambda-req-1' });
  expect(sent).toEqual([
    {
      service: 'lambda',
      region: 'eu-west-1',
      method: 'POST',
      host: 'lambda.eu-west-1.amazonaws.com',
      path: '/2015-03-31/functions/acme-security-session-revocation/invocations',
      headers: { 'content-type': 'application/json', 'x-amz-invocation-type': 'RequestResponse' },
      body: JSON.stringify({ action: 'revoke', ...request }),
    },
  ]);
});

test("a refusal is an error naming the function, the user and Security's reason (not retried: the case parks)", async () => {
  const { invoke } = invokerAnswering(
    { errorType: 'RevocationRefusedError', errorMessage: `${USER} still belongs to a group` },
    'Unhandled',
  );
  const revoke = new LambdaSessionRevocation(invoke, 'acme-security-session-revocation').revoke(request);
  await expect(revoke).rejects.toThrow(SessionRevocationError);
  await expect(revoke).rejects.toThrow(
    `acme-security-session-revocation refused to revoke ${USER}: RevocationRefusedError: ${USER} still belongs to a group`,
  );
});
