// A stateful fake Okta org on 127.0.0.1 that keeps itself honest: every request it gets
// and every response it gives is validated against Okta's published contract, and any
// mismatch (unknown route, bad parameter, off-contract body or status) is recorded as a
// violation tests assert to be empty. Simulates Okta's rate limit (X-Rate-Limit-* headers,
// 429 when the window is spent) and takes injected failures: 429 with or without a reset
// header, 5xx, timeouts, dropped connections, changes made whose answer is lost, and "every
// mutating call fails from the Nth on"; failures can be aimed at one operation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenAPIBackend } from 'openapi-backend';
import type { RouteResponse } from './fake-okta-route';
import { ROUTES } from './fake-okta-routes';
import type { FakeOktaState } from './fake-okta-state';
import { matchOperation, oktaContract } from './okta-contract';

export const FAKE_OKTA_TOKEN = 'fake-okta-api-token';

export type Injection =
  | { readonly status: 429; readonly resetHeader: boolean }
  | { readonly status: 500 | 502 | 503 }
  /** Hold the request without answering (or changing anything), then drop the connection. */
  | { readonly hangMs: number }
  /** Drop the connection at once, changing nothing (a connection reset). */
  | { readonly reset: true }
  /**
   * Make the change, then lose the answer: answer a 5xx instead (`thenStatus`), hold the
   * connection past the client's timeout (`thenHangMs`), or drop it at once (neither).
   */
  | { readonly apply: true; readonly thenStatus?: 500 | 502 | 503 | 504; readonly thenHangMs?: number };

export interface LoggedRequest {
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly status: number | 'dropped';
  readonly requestId: string;
  readonly mutating: boolean;
  readonly injected: boolean;
  /** The route ran (and changed the org) but its answer never reached the client. */
  readonly lost?: boolean;
}

export interface FakeOktaOptions {
  readonly now: () => number;
  /** Requests per simulated minute before 429s. @default 600 */
  readonly rateLimitPerMinute?: number;
}

export class FakeOktaServer {
  readonly log: LoggedRequest[] = [];
  readonly violations: string[] = [];
  private readonly injections: Injection[] = [];
  private readonly aimed = new Map<string, Injection[]>();
  private failMutationsFrom?: number;
  private window = { start: 0, count: 0 };
  private readonly hanging = new Set<NodeJS.Timeout>();

  private constructor(
    public state: FakeOktaState,
    private readonly contract: OpenAPIBackend,
    private readonly server: Server,
    private options: FakeOktaOptions,
  ) {}

  /** A new org and clock on the same server: the log, violations and failures start over. */
  reset(state: FakeOktaState, now: () => number, rateLimitPerMinute?: number): void {
    this.state = state;
    this.options = { now, ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }) };
    this.log.length = 0;
    this.violations.length = 0;
    this.clearFailures();
    this.window = { start: 0, count: 0 };
  }

  static async start(state: FakeOktaState, options: FakeOktaOptions): Promise<FakeOktaServer> {
    const contract = await oktaContract();
    const server = createServer();
    const fake = new FakeOktaServer(state, contract, server, options);
    server.on('request', (req, res) => fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next requests (any kind) get these failures, in order. */
  inject(...injections: Injection[]): void {
    this.injections.push(...injections);
  }

  /** The next requests of this operation (by its contract operationId) get these failures, in order. */
  injectFor(operationId: string, ...injections: Injection[]): void {
    this.aimed.set(operationId, [...(this.aimed.get(operationId) ?? []), ...injections]);
  }

  /** After `n` more successful mutating requests, every mutating request fails with 500. */
  failMutationsAfter(n: number): void {
    this.failMutationsFrom = this.mutations().length + n;
  }

  clearFailures(): void {
    this.injections.length = 0;
    this.aimed.clear();
    this.failMutationsFrom = undefined;
  }

  /** Mutating requests that succeeded (and so changed the org), answered or not. */
  mutations(): LoggedRequest[] {
    return this.log.filter((r) => r.mutating && typeof r.status === 'number' && r.status < 300);
  }

  async close(): Promise<void> {
    for (const timer of this.hanging) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        this.respond(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        this.violations.push(`${req.method} ${req.url}: the fake failed: ${(error as Error).message}`);
        res.statusCode = 500;
        res.end();
      }
    });
  }

  private respond(req: IncomingMessage, res: ServerResponse, rawBody: string): void {
    const seq = this.log.length + 1;
    const requestId = `fakereq-${String(seq).padStart(6, '0')}`;
    const method = (req.method ?? 'GET').toLowerCase();
    const url = new URL(req.url ?? '/', this.url);
    const request = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string>,
      ...(rawBody ? { body: JSON.parse(rawBody) } : {}),
    };
    const where = `${method.toUpperCase()} ${url.pathname}${url.search}`;
    const reply = this.decide(request, where, req.headers.authorization);
    this.log.push({
      seq,
      method: method.toUpperCase(),
      path: url.pathname + url.search,
      requestId,
      mutating: method !== 'get',
      status: 'hangMs' in reply || 'reset' in reply ? 'dropped' : reply.response.status,
      injected: reply.injected,
      ...(reply.operationId ? { operationId: reply.operationId } : {}),
      ...('lost' in reply && reply.lost ? { lost: true } : {}),
    });
    if ('hangMs' in reply) this.hang(req, reply.hangMs);
    else if ('reset' in reply) req.socket.destroy();
    else if (reply.lost?.thenStatus)
      this.send(res, requestId, oktaError(reply.lost.thenStatus, 'E0000009', 'Internal Server Error'));
    else if (reply.lost?.thenHangMs) this.hang(req, reply.lost.thenHangMs);
    else if (reply.lost) req.socket.destroy();
    else this.send(res, requestId, reply.response, reply.headers);
  }

  private hang(req: IncomingMessage, ms: number): void {
    const timer = setTimeout(() => {
      this.hanging.delete(timer);
      req.socket.destroy();
    }, ms);
    this.hanging.add(timer);
  }

  /** What to answer: contract checks first, then injected failures, the rate limit, the route. */
  private decide(request: ContractRequest, where: string, authorization: string | undefined): Reply {
    const operation = matchOperation(this.contract, request.method, request.path);
    if (!operation) {
      this.violations.push(`${where}: no such operation in Okta's contract`);
      return { response: oktaError(404, 'E0000022', 'Resource not found'), injected: false };
    }
    const operationId = operation.operationId!;
    const validation = this.contract.validateRequest(request, operation);
    if (!validation.valid) {
      this.violations.push(`${where}: request breaks the contract: ${JSON.stringify(validation.errors)}`);
      return { operationId, response: oktaError(400, 'E0000001', 'Api validation failed'), injected: false };
    }
    if (authorization !== `SSWS ${FAKE_OKTA_TOKEN}`) {
      this.violations.push(`${where}: missing or wrong API token`);
      return { operationId, response: oktaError(401, 'E0000011', 'Invalid token provided'), injected: false };
    }

    const injection = this.aimed.get(operationId)?.shift() ?? this.injections.shift();
    if (injection && 'hangMs' in injection) return { operationId, hangMs: injection.hangMs, injected: true };
    if (injection && 'reset' in injection) return { operationId, reset: true, injected: true };
    if (injection && 'status' in injection && injection.status === 429)
      return {
        operationId,
        response: tooManyRequests(),
        headers: 'resetHeader' in injection && injection.resetHeader ? this.rateHeaders(0) : {},
        injected: true,
      };
    const failing =
      request.method !== 'get' &&
      this.failMutationsFrom !== undefined &&
      this.mutations().length >= this.failMutationsFrom;
    if ((injection && !('apply' in injection)) || failing)
      return {
        operationId,
        response: oktaError(
          injection && 'status' in injection ? injection.status : 500,
          'E0000009',
          'Internal Server Error',
        ),
        injected: true,
      };
    const remaining = this.admit();
    if (remaining < 0)
      return { operationId, response: tooManyRequests(), headers: this.rateHeaders(0), injected: false };

    const route = ROUTES[operationId];
    if (!route) {
      this.violations.push(`${where}: ${operationId} is in the contract but the fake does not implement it`);
      return { operationId, response: oktaError(501, 'E0000009', 'Not implemented'), injected: false };
    }
    const params = Object.fromEntries(
      Object.entries(this.contract.router.parseRequest(request, operation).params ?? {}).map(([k, v]) => [
        k,
        decodeURIComponent(String(v)),
      ]),
    );
    const response = route(this.state, {
      params,
      query: request.query,
      orgUrl: this.url,
      path: request.path,
    });
    const checked = this.contract.validateResponse(response.body, operation, response.status);
    if (!checked.valid || !(String(response.status) in (operation.responses ?? {})))
      this.violations.push(
        `${where}: response ${response.status} breaks the contract: ${JSON.stringify(checked.errors ?? 'undocumented status')}`,
      );
    const lost = injection && 'apply' in injection ? injection : undefined;
    return {
      operationId,
      response,
      headers: { ...this.rateHeaders(remaining), ...(response.headers ?? {}) },
      injected: lost !== undefined,
      ...(lost ? { lost } : {}),
    };
  }

  /** Counts the request against the current one-minute window; returns what is left (-1: over). */
  private admit(): number {
    const limit = this.options.rateLimitPerMinute ?? 600;
    const start = Math.floor(this.options.now() / 60_000) * 60_000;
    if (start !== this.window.start) this.window = { start, count: 0 };
    if (this.window.count >= limit) return -1;
    this.window.count += 1;
    return limit - this.window.count;
  }

  private rateHeaders(remaining: number): Record<string, string> {
    const limit = this.options.rateLimitPerMinute ?? 600;
    const reset = Math.floor(this.options.now() / 60_000) * 60 + 60;
    return {
      'X-Rate-Limit-Limit': String(limit),
      'X-Rate-Limit-Remaining': String(Math.max(0, remaining)),
      'X-Rate-Limit-Reset': String(reset),
    };
  }

  private send(
    res: ServerResponse,
    requestId: string,
    response: RouteResponse,
    headers: Record<string, string> = {},
  ): void {
    res.statusCode = response.status;
    res.setHeader('Date', new Date(this.options.now()).toUTCString());
    res.setHeader('X-Okta-Request-Id', requestId);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (response.body === undefined) {
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(response.body));
  }
}

interface ContractRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

type Reply = { readonly operationId?: string; readonly injected: boolean } & (
  | {
      readonly response: RouteResponse;
      readonly headers?: Record<string, string>;
      /** Made, but the answer is lost this way. */
      readonly lost?: Extract<Injection, { apply: true }>;
    }
  | { readonly hangMs: number }
  | { readonly reset: true }
);

function oktaError(status: number, errorCode: string, errorSummary: string): RouteResponse {
  return { status, body: { errorCode, errorSummary } };
}

function tooManyRequests(): RouteResponse {
  return {
    status: 429,
    body: { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' },
  };
}
