// Okta's cursor paging, as the fake answers a list: `limit` items after the `after` cursor
// (the last item's id; items in id order, so a page stays right when items before the
// cursor went away meanwhile), and a `Link: <...>; rel="next"` header while more remain.
// The client must follow it (Okta's SDK collections do); the cursor is opaque to it.
import type { RouteRequest, RouteResponse } from './fake-okta-route';

export function page<T extends { id: string }>(
  items: readonly T[],
  req: RouteRequest,
  defaultLimit: number,
  toJson: (item: T) => unknown,
): RouteResponse {
  const limit = Math.max(1, Number(req.query.limit ?? defaultLimit) || defaultLimit);
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = req.query.after ? sorted.findIndex((i) => i.id > req.query.after) : 0;
  const from = start < 0 ? sorted.length : start;
  const slice = sorted.slice(from, from + limit);
  const more = from + limit < sorted.length;
  const next = new URLSearchParams({ ...req.query, after: slice.at(-1)?.id ?? '', limit: String(limit) });
  return {
    status: 200,
    body: slice.map(toJson),
    ...(more ? { headers: { Link: `<${req.orgUrl}${req.path}?${next}>; rel="next"` } } : {}),
  };
}
