// The Okta SDK's request executor, replaced: the SDK's own one retries only a 429 that has
// X-Rate-Limit-Reset, so this one applies the whole retry policy (429 with and without the
// header, 5xx, timeouts, dropped connections), paces requests when Okta says the window is
// spent (X-Rate-Limit-Remaining: 0) instead of waiting for a 429, and notes request ids.
// Reads are retried on anything transient. A change is re-sent only when Okta certainly did
// not act on it (a 429, which Okta answers before doing anything, or a connection that never
// opened); after a timeout, a dropped connection or a 5xx it may have been made, so the
// executor raises OktaAmbiguousOutcomeError and the step re-reads Okta before sending again.
import { RequestExecutor } from '@okta/okta-sdk-nodejs';
import type { Clock } from '../clock';
import { noteRequestId } from './okta-call-tracker';
import { OktaAmbiguousOutcomeError, OktaRateLimitError, OktaUnavailableError } from './okta-errors';
import {
  type AttemptOutcome,
  type RateLimitReset,
  type RetryPolicy,
  resetWaitMs,
  retryDelayMs,
} from './retry-policy';

/** One HTTP attempt, as reported to `onAttempt` (for call counts and logs). */
export interface OktaAttempt {
  readonly method: string;
  readonly url: string;
  readonly status: number | 'timeout' | 'network-error';
  readonly requestId?: string;
  readonly attempt: number;
  /** How long the executor waits before the next attempt, when it retries. */
  readonly retryInMs?: number;
}

export interface RetryingRequestExecutorOptions {
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  /** In [0, 1); injected so tests can pin the jitter. */
  readonly random?: () => number;
  readonly onAttempt?: (attempt: OktaAttempt) => void;
}

// node-fetch's request and response (the SDK's type declarations leave them untyped).
interface FetchRequest {
  url?: string;
  method?: string;
  timeout?: number;
  headers?: Record<string, string>;
}
interface FetchResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  buffer(): Promise<Buffer>;
  readonly constructor: new (body: Buffer, init: object) => FetchResponse;
}

/** Methods whose repetition changes nothing: retried on any transient failure. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Connection errors raised before a request could leave: nothing reached Okta. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether Okta may have acted on a change that failed this way. */
export function mayHaveBeenApplied(outcome: AttemptOutcome): boolean {
  switch (outcome.kind) {
    case 'rate-limited':
      return false;
    case 'network-error':
      return !NEVER_SENT.has(outcome.code);
    case 'server-error':
    case 'timeout':
      return true;
  }
}

export class RetryingRequestExecutor extends RequestExecutor {
  private readonly options: RetryingRequestExecutorOptions;
  private readonly random: () => number;
  /** No request leaves before this instant (local clock): the rate-limit window is spent. */
  private pausedUntil = 0;

  constructor(options: RetryingRequestExecutorOptions) {
    super();
    this.options = options;
    this.random = options.random ?? Math.random;
  }

  override async fetch(request: FetchRequest): Promise<never> {
    const { policy, clock } = this.options;
    const method = (request.method ?? 'GET').toUpperCase();
    const url = request.url ?? '';
    for (let attempt = 1; ; attempt++) {
      const pause = this.pausedUntil - clock.now();
      if (pause > 0) await clock.sleep(pause);
      request.timeout = policy.attemptTimeoutMs;
      const result = await this.attempt(request);
      if ('response' in result) {
        const { response } = result;
        const requestId = response.headers.get('x-okta-request-id') ?? undefined;
        const reset = this.rateLimitReset(response);
        if (reset && Number(response.headers.get('x-rate-limit-remaining')) <= 0)
          this.pauseUntil(resetWaitMs(reset, policy, this.random));
        const outcome: AttemptOutcome | undefined =
          response.status === 429
            ? { kind: 'rate-limited', ...(reset ? { reset } : {}) }
            : response.status >= 500
              ? { kind: 'server-error', status: response.status }
              : undefined;
        if (outcome === undefined) {
          this.options.onAttempt?.({ method, url, status: response.status, requestId, attempt });
          noteRequestId(requestId);
          return response as never;
        }
        const report = { method, url, status: response.status, requestId, attempt };
        this.refuseAmbiguousRetry(outcome, report);
        await clock.sleep(this.retryDelay(outcome, attempt, report));
      } else {
        const status = result.outcome.kind === 'timeout' ? 'timeout' : 'network-error';
        const report = { method, url, status, attempt } as const;
        this.refuseAmbiguousRetry(result.outcome, report);
        await clock.sleep(this.retryDelay(result.outcome, attempt, report));
      }
    }
  }

  /** A change that may have been made is not re-sent: the caller re-reads Okta first. */
  private refuseAmbiguousRetry(outcome: AttemptOutcome, report: OktaAttempt): void {
    if (SAFE_METHODS.has(report.method) || !mayHaveBeenApplied(outcome)) return;
    this.options.onAttempt?.(report);
    const what = `${report.method} ${new URL(report.url).pathname}`;
    throw new OktaAmbiguousOutcomeError(
      `Okta's answer to ${what} was lost (${describe(outcome)}): the change may or may not have been made`,
      what,
      describe(outcome),
      report.requestId,
    );
  }

  /** How long to wait before retrying; throws when the policy allows no more attempts. */
  private retryDelay(outcome: AttemptOutcome, attempt: number, report: OktaAttempt): number {
    const delay = retryDelayMs(outcome, attempt, this.options.policy, this.random);
    this.options.onAttempt?.({ ...report, ...(delay === undefined ? {} : { retryInMs: delay }) });
    if (delay === undefined) {
      const what = `${report.method} ${new URL(report.url).pathname}`;
      if (outcome.kind === 'rate-limited')
        throw new OktaRateLimitError(`Okta rate limit: ${what} still got 429 after ${attempt} attempts`);
      throw new OktaUnavailableError(
        `Okta unavailable: ${what} failed ${attempt} times (last: ${describe(outcome)})`,
      );
    }
    if (outcome.kind === 'rate-limited' && outcome.reset) this.pauseUntil(delay);
    return delay;
  }

  private pauseUntil(delayMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.clock.now() + delayMs);
  }

  private rateLimitReset(response: FetchResponse): RateLimitReset | undefined {
    const reset = response.headers.get('x-rate-limit-reset');
    // Duplicated headers arrive comma-joined (a known Okta quirk): not trustworthy, ignore.
    if (reset === null || reset.includes(',') || !/^\d+$/.test(reset.trim())) return undefined;
    const date = Date.parse(response.headers.get('date') ?? '');
    return { atMs: Number(reset) * 1000, serverNowMs: Number.isNaN(date) ? this.options.clock.now() : date };
  }

  /** One attempt; the body is read inside it so a stalled body counts as a timeout too. */
  private async attempt(
    request: FetchRequest,
  ): Promise<{ response: FetchResponse } | { outcome: AttemptOutcome }> {
    try {
      const response = (await super.fetch(request as never)) as unknown as FetchResponse;
      const body = await response.buffer();
      const Response = response.constructor;
      return {
        response: new Response(body, {
          url: response.url,
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        }),
      };
    } catch (error) {
      const e = error as { name?: string; type?: string; code?: string; errno?: string };
      if (e.name !== 'FetchError') throw error;
      if (e.type === 'request-timeout' || e.type === 'body-timeout') return { outcome: { kind: 'timeout' } };
      return { outcome: { kind: 'network-error', code: e.code ?? e.errno ?? e.type ?? 'unknown' } };
    }
  }
}

function describe(outcome: AttemptOutcome): string {
  switch (outcome.kind) {
    case 'server-error':
      return `HTTP ${outcome.status}`;
    case 'timeout':
      return 'timed out';
    case 'network-error':
      return `connection error ${outcome.code}`;
    case 'rate-limited':
      return 'HTTP 429';
  }
}
