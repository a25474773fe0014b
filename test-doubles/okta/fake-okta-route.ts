// The shape of one route of the fake Okta org: what a handler is given and what it answers.
import type { FakeOktaState } from './fake-okta-state';

export interface RouteRequest {
  readonly params: Record<string, string>;
  /** The request's path, without the query (for a next page's link). */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly orgUrl: string;
}

export interface RouteResponse {
  readonly status: number;
  readonly body?: unknown;
  /** Extra headers (a `Link` to the next page). */
  readonly headers?: Record<string, string>;
}

export type Route = (state: FakeOktaState, req: RouteRequest) => RouteResponse;
