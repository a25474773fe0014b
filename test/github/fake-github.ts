// A local double of the GitHub REST API (node:http on 127.0.0.1) serving the documented
// response shapes of the endpoints the approvals check reads: GET pulls/{n}, pulls/{n}/reviews
// (paginated with a Link header), orgs/{org}/teams/{slug} and its memberships/{username}.
// Unknown paths and absent resources answer 404 {message: "Not Found"}, as GitHub does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReview {
  readonly login: string | null;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commit: string;
}

export interface FakeGitHubState {
  token: string;
  pulls: Map<string, { author: string; head: string; reviews: FakeReview[] }>;
  /** `org/slug` → login → membership state. */
  teams: Map<string, Map<string, 'active' | 'pending'>>;
  /** Items per page the server gives at most (GitHub: per_page, at most 100). */
  maxPageSize: number;
  /** Paths answered with this status instead (e.g. 403). */
  failures: Map<string, { status: number; message: string; headers?: Record<string, string> }>;
  /** Every request path served, in order. */
  requests: string[];
  /** Overrides the Link header's next URL (to test a redirect to another host). */
  nextUrlOverride?: string;
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeGitHubState;
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    token: 'test-token',
    pulls: new Map(),
    teams: new Map(),
    maxPageSize: 100,
    failures: new Map(),
    requests: [],
  };
  const server = createServer((req, res) => serve(state, url, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const user = (login: string, id: number) => ({
  login,
  id,
  node_id: `U_${id}`,
  type: 'User',
  site_admin: false,
  html_url: `https://github.com/${login}`,
});

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function serve(state: FakeGitHubState, base: string, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', base);
  state.requests.push(`${url.pathname}${url.search}`);
  const notFound = () =>
    send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  if (req.method !== 'GET') return send(res, 405, { message: 'Method Not Allowed' });
  if (req.headers.authorization !== `Bearer ${state.token}`)
    return send(res, 401, {
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
  const failure = state.failures.get(url.pathname);
  if (failure) return send(res, failure.status, { message: failure.message }, failure.headers);

  let m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)(\/reviews)?$/.exec(url.pathname);
  if (m) {
    const pull = state.pulls.get(`${m[1]}/${m[2]}#${m[3]}`);
    if (!pull) return notFound();
    const number = Number(m[3]);
    if (!m[4])
      return send(res, 200, {
        url: `${base}${url.pathname}`,
        id: 1000 + number,
        number,
        state: 'open',
        title: `change ${number}`,
        user: user(pull.author, 1),
        head: { label: `${m[1]}:feature`, ref: 'feature', sha: pull.head, user: user(m[1]!, 2) },
        base: { label: `${m[1]}:main`, ref: 'main', sha: '0'.repeat(40), user: user(m[1]!, 2) },
        draft: false,
        merged: false,
      });
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100, state.maxPageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = pull.reviews.map((r, i) => ({
      id: 80 + i,
      node_id: `PRR_${80 + i}`,
      user: r.login === null ? null : user(r.login, 100 + i),
      body: '',
      state: r.state,
      html_url: `https://github.com/${m![1]}/${m![2]}/pull/${number}#pullrequestreview-${80 + i}`,
      pull_request_url: `${base}/repos/${m![1]}/${m![2]}/pulls/${number}`,
      author_association: 'MEMBER',
      ...(r.state === 'PENDING' ? {} : { submitted_at: '2026-12-01T10:00:00Z' }),
      commit_id: r.commit,
    }));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const next = new URL(url.pathname, base);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(p));
      return next.toString();
    };
    const links = [];
    if (page < last)
      links.push(`<${state.nextUrlOverride ?? link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return send(
      res,
      200,
      all.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }
  m = /^\/orgs\/([^/]+)\/teams\/([^/]+)(?:\/memberships\/([^/]+))?$/.exec(url.pathname);
  if (m) {
    const team = state.teams.get(`${m[1]}/${m[2]}`);
    if (!team) return notFound();
    if (!m[3])
      return send(res, 200, {
        id: 7,
        node_id: 'T_7',
        slug: m[2],
        name: m[2],
        privacy: 'closed',
        permission: 'pull',
      });
    const login = decodeURIComponent(m[3]).toLowerCase();
    const membership = [...team].find(([l]) => l.toLowerCase() === login)?.[1];
    if (!membership) return notFound();
    return send(res, 200, {
      url: `${base}${url.pathname}`,
      role: 'member',
      state: membership,
    });
  }
  return notFound();
}
