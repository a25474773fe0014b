// Builds the Okta SDK client the workflows use: our retrying executor, no response cache
// (a step re-reads state right after changing it and must see the change), and either
// OAuth private-key or API-token auth.
import { Client } from '@okta/okta-sdk-nodejs';
import { type Clock, systemClock } from '../clock';
import type { OktaCredentials } from './okta-credentials';
import { DEFAULT_RETRY_POLICY } from './retry-policy';
import { RetryingRequestExecutor, type RetryingRequestExecutorOptions } from './retrying-request-executor';

export interface OktaClientOptions extends Partial<RetryingRequestExecutorOptions> {
  readonly clock?: Clock;
}

export function createOktaClient(credentials: OktaCredentials, options: OktaClientOptions = {}): Client {
  const requestExecutor = new RetryingRequestExecutor({
    policy: options.policy ?? DEFAULT_RETRY_POLICY,
    clock: options.clock ?? systemClock,
    ...(options.random ? { random: options.random } : {}),
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
  });
  const auth =
    credentials.kind === 'api-token'
      ? { authorizationMode: 'SSWS', token: credentials.token }
      : {
          authorizationMode: 'PrivateKey',
          clientId: credentials.clientId,
          // The SDK splits a space-separated string despite its type saying string[].
          scopes: credentials.scopes.join(' ') as unknown as string[],
          privateKey: credentials.privateKey,
          ...(credentials.keyId === undefined ? {} : { keyId: credentials.keyId }),
        };
  return new Client({ orgUrl: credentials.orgUrl, ...auth, requestExecutor, cacheMiddleware: null });
}
