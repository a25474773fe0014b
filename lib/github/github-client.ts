// A small read-only GitHub REST client on Node's fetch: the token and API root from the
// environment (GITHUB_TOKEN, GITHUB_API_URL as GitHub Actions sets them), pagination by the
// Link header, and failures as one-line GitHubApiError messages that say what to fix.

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The REST API version the response shapes used here are documented for. */
export const GITHUB_API_VERSION = '2022-11-28';
/** A guard against a Link header that never ends (100 pages of 100 is 10,000 items). */
const MAX_PAGES = 100;

export class GitHubApiError extends Error {}

export interface GitHubClient {
  /** GET a resource; undefined when GitHub answers 404 (for lookups where absence is an answer). */
  find<T>(path: string): Promise<T | undefined>;
  /** GET a resource; a 404 is an error. */
  get<T>(path: string): Promise<T>;
  /** GET every page of a list (per_page=100), following rel="next" links. */
  list<T>(path: string): Promise<T[]>;
}

export interface GitHubClientOptions {
  readonly token: string;
  /** @default DEFAULT_GITHUB_API_URL */
  readonly apiUrl?: string;
}

export function gitHubClient(options: GitHubClientOptions): GitHubClient {
  const root = (options.apiUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const origin = new URL(root).origin;
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'user-agent': 'org-blueprint',
    'x-github-api-version': GITHUB_API_VERSION,
  };

  async function request(url: string, allowNotFound: boolean): Promise<Response | undefined> {
    let response: Response;
    try {
      response = await fetch(url, { headers });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new GitHubApiError(
        `cannot reach the GitHub API at ${root}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      );
    }
    if (response.status === 404 && allowNotFound) return undefined;
    if (!response.ok) throw new GitHubApiError(await describeFailure(url, response));
    return response;
  }

  async function json<T>(url: string, response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch {
      throw new GitHubApiError(`GitHub API GET ${shortPath(url)}: the answer is not JSON`);
    }
  }

  return {
    async find<T>(path: string) {
      const url = `${root}${path}`;
      const response = await request(url, true);
      return response ? json<T>(url, response) : undefined;
    },
    async get<T>(path: string) {
      const url = `${root}${path}`;
      return json<T>(url, (await request(url, false))!);
    },
    async list<T>(path: string) {
      const items: T[] = [];
      let url: string | undefined = `${root}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
      for (let page = 0; url !== undefined; page++) {
        if (page === MAX_PAGES)
          throw new GitHubApiError(`GitHub API GET ${path}: more than ${MAX_PAGES} pages; giving up`);
        const response: Response = (await request(url, false))!;
        const body = await json<T[]>(url, response);
        if (!Array.isArray(body))
          throw new GitHubApiError(`GitHub API GET ${shortPath(url)}: expected a list, got ${typeof body}`);
        items.push(...body);
        url = nextLink(response.headers.get('link'));
        // The token is only ever sent to the API it was given for.
        if (url !== undefined && new URL(url).origin !== origin)
          throw new GitHubApiError(`GitHub API GET ${path}: the next page is on another host (${url})`);
      }
      return items;
    },
  };
}

/** The rel="next" target of a Link header (RFC 8288), as GitHub paginates. */
export function nextLink(header: string | null): string | undefined {
  for (const link of header?.split(',') ?? []) {
    const [target, ...params] = link.split(';').map((s) => s.trim());
    const rel = params.find((p) => /^rel\s*=/i.test(p))?.replace(/^rel\s*=\s*"?([^"]*)"?$/i, '$1');
    if (target?.startsWith('<') && target.endsWith('>') && rel?.split(/\s+/).includes('next'))
      return target.slice(1, -1);
  }
  return undefined;
}

async function describeFailure(url: string, response: Response): Promise<string> {
  let message = response.statusText;
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // keep the status text
  }
  const what = `GitHub API GET ${shortPath(url)}: ${response.status} ${message}`;
  switch (response.status) {
    case 401:
      return `${what}; GITHUB_TOKEN is missing, expired or revoked`;
    case 403:
    case 429:
      return response.headers.get('x-ratelimit-remaining') === '0'
        ? `${what}; the rate limit is used up until ${new Date(Number(response.headers.get('x-ratelimit-reset')) * 1000).toISOString()}`
        : `${what}; the token lacks a permission: it needs "Pull requests: read" on the repository and "Members: read" on the organization`;
    case 404:
      return `${what}; it does not exist, or the token cannot see it (GitHub answers 404 for private resources a token has no access to)`;
    default:
      return what;
  }
}

const shortPath = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};
