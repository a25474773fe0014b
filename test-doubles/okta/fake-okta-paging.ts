// Okta's cursor paging, as the fake answers a list: `limit` items from after the `after`
// cursor (the last item's id), and a `Link: <...>; rel="next"` header while more remain.
// The client must follow it (Okta's SDK collections do); the cursor is opaque to it.
import type { RouteRequest, RouteResponse } from './fake-okta-route';

export function page<T extends { readonly id: string }>(
  req: RouteRequest,
  items: readonly T[],
  defaultLimit: number,
  toJson: (item: T) => unknown,
): RouteResponse {
  const limit = req.query.limit === undefined ? defaultLimit : Number(req.query.limit);
  const size = limit > 0 ? limit : items.length;
  const start = req.query.after === undefined ? 0 : items.findIndex((i) => i.id === req.query.after) + 1;
  const slice = items.slice(start, start + size);
  const next =
    start + size < items.length
      ? new URLSearchParams({ ...req.query, after: slice[slice.length - 1].id, limit: String(size) })
      : undefined;
  return {
    status: 200,
    body: slice.map(toJson),
    ...(next ? { headers: { link: `<${req.orgUrl}${req.path}?${next}>; rel="next"` } } : {}),
  };
}
