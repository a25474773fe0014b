// A signed AWS API request over fetch: Signature V4 from the SDK's own signer, credentials
// from the SDK's default chain (the Lambda role). For the few calls whose SDK clients are
// not among the dependencies (S3 GetObject, SSM GetParameter, Lambda Invoke); each call
// site names its service, host and body exactly as the API reference gives them.
import { createHash, createHmac } from 'node:crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, SourceData } from '@smithy/types';
import { AWS_THROTTLING_ERROR } from './task-names';

export interface AwsRequest {
  readonly service: string;
  readonly region: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly host: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface AwsResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

export type AwsRequester = (request: AwsRequest) => Promise<AwsResponse>;

/** SHA-256 (or its HMAC, given a secret) on Node's crypto, as the signer wants it. */
class NodeSha256 implements Checksum {
  private hash;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh() {
    return this.secret === undefined
      ? createHash('sha256')
      : createHmac(
          'sha256',
          typeof this.secret === 'string' ? this.secret : Buffer.from(this.secret as Uint8Array),
        );
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/** Sends requests signed with the Lambda's (or the environment's) credentials. */
export function signedAwsRequester(credentials = defaultProvider()): AwsRequester {
  return async (request) => {
    const signer = new SignatureV4({
      service: request.service,
      region: request.region,
      credentials,
      sha256: NodeSha256,
      // S3 signs the path as sent; every other service signs it URI-encoded once more.
      uriEscapePath: request.service !== 's3',
    });
    const signed = await signer.sign({
      method: request.method,
      protocol: 'https:',
      hostname: request.host,
      path: request.path,
      query: {},
      headers: { host: request.host, ...(request.headers ?? {}) },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const response = await fetch(`https://${request.host}${request.path}`, {
      method: request.method,
      headers: signed.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
}

/** Thrown for a non-2xx answer; the name lets Step Functions tell throttling from the rest. */
export class AwsRequestError extends Error {
  override readonly name: string;
  constructor(
    readonly service: string,
    readonly status: number,
    body: string,
  ) {
    super(`${service} answered ${status}: ${body.slice(0, 300)}`);
    this.name = status === 429 || status === 503 ? AWS_THROTTLING_ERROR : 'AwsRequestError';
  }
}

export function requireOk(service: string, response: AwsResponse): AwsResponse {
  if (response.status < 200 || response.status >= 300)
    throw new AwsRequestError(service, response.status, response.body);
  return response;
}
