// The shape of one route of the fake Okta org: what a handler is given and what it answers.
import type { FakeOktaState } from './fake-okta-state';

export interface RouteRequest {
  readonly params: Record<string, string>;
  readonly query: Record<string, string>;
  readonly orgUrl: string;
  /** The request's path (for the `Link` to the next page). */
  readonly path: string;
}

export interface RouteResponse {
  readonly status: number;
  readonly body?: unknown;
  /** Extra headers (a `Link` to the next page). */
  readonly headers?: Record<string, string>;
}

export type Route = (state: FakeOktaState, req: RouteRequest) => RouteResponse;
