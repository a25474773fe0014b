// Okta's published rate limits in front of the fake Okta org (which simulates one org-wide
// limit only): an HTTP proxy that counts each request against its bucket's one-minute
// window (users 600/min, groups 500/min, apps 100/min, everything else 1,200/min) and
// against 75 concurrent requests, answers 429 with X-Rate-Limit-* headers when one is
// spent, and otherwise forwards to the fake and reports that bucket's headers.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type OktaBucket = 'users' | 'groups' | 'apps' | 'others';

export interface OktaLimits {
  readonly perMinute: Readonly<Record<OktaBucket, number>>;
  readonly concurrent: number;
}

/** Okta's published limits for the management API, as the issue quotes them. */
export const OKTA_PUBLISHED_LIMITS: OktaLimits = {
  perMinute: { users: 600, groups: 500, apps: 100, others: 1200 },
  concurrent: 75,
};

export function bucketOf(path: string): OktaBucket {
  if (/^\/api\/v1\/users(\/|\?|$)/.test(path)) return 'users';
  if (/^\/api\/v1\/groups(\/|\?|$)/.test(path)) return 'groups';
  if (/^\/api\/v1\/apps(\/|\?|$)/.test(path)) return 'apps';
  return 'others';
}

export class RateLimitedOkta {
  /** Requests admitted, per bucket. */
  readonly admitted: Record<OktaBucket, number> = { users: 0, groups: 0, apps: 0, others: 0 };
  /** 429s answered, per bucket, and for the concurrency limit. */
  readonly rejected: Record<OktaBucket | 'concurrent', number> = {
    users: 0,
    groups: 0,
    apps: 0,
    others: 0,
    concurrent: 0,
  };
  maxInFlight = 0;
  private inFlight = 0;
  private readonly windows = new Map<OktaBucket, { start: number; count: number }>();

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
    private readonly now: () => number,
    readonly limits: OktaLimits,
  ) {}

  static async start(
    targetUrl: string,
    now: () => number,
    limits: OktaLimits = OKTA_PUBLISHED_LIMITS,
  ): Promise<RateLimitedOkta> {
    const server = createServer();
    const proxy = new RateLimitedOkta(server, new URL(targetUrl), now, limits);
    server.on('request', (req, res) => proxy.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((done) => this.server.close(() => done()));
  }

  private handle(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const bucket = bucketOf(req.url ?? '/');
    const now = this.now();
    const start = Math.floor(now / 60_000) * 60_000;
    const reset = String(start / 1000 + 60);
    const limit = this.limits.perMinute[bucket];
    let window = this.windows.get(bucket);
    if (window?.start !== start) {
      window = { start, count: 0 };
      this.windows.set(bucket, window);
    }
    const tooMany = (kind: OktaBucket | 'concurrent', headers: Record<string, string>) => {
      this.rejected[kind]++;
      req.resume();
      res.writeHead(429, {
        'Content-Type': 'application/json',
        Date: new Date(now).toUTCString(),
        ...headers,
      });
      res.end(
        JSON.stringify({
          errorCode: 'E0000047',
          errorSummary: 'API call exceeded rate limit due to too many requests.',
        }),
      );
    };
    if (this.inFlight >= this.limits.concurrent) {
      tooMany('concurrent', {
        'X-Rate-Limit-Limit': '0',
        'X-Rate-Limit-Remaining': '0',
        'X-Rate-Limit-Reset': String(Math.ceil(now / 1000) + 1),
      });
      return;
    }
    if (window.count >= limit) {
      tooMany(bucket, {
        'X-Rate-Limit-Limit': String(limit),
        'X-Rate-Limit-Remaining': '0',
        'X-Rate-Limit-Reset': reset,
      });
      return;
    }
    window.count++;
    this.admitted[bucket]++;
    const remaining = String(limit - window.count);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const upstream = httpRequest(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.target.host },
      },
      (answer) => {
        const headers = { ...answer.headers };
        for (const name of Object.keys(headers)) if (name.startsWith('x-rate-limit-')) delete headers[name];
        res.writeHead(answer.statusCode ?? 502, {
          ...headers,
          'X-Rate-Limit-Limit': String(limit),
          'X-Rate-Limit-Remaining': remaining,
          'X-Rate-Limit-Reset': reset,
        });
        answer.pipe(res);
        answer.on('end', () => this.inFlight--);
      },
    );
    upstream.on('error', () => {
      this.inFlight--;
      res.destroy();
    });
    req.pipe(upstream);
  }
}
