// Elevations: privileged memberships and grants that end at an instant (`until:
// 2026-12-03T18:00Z`) or a duration after their change deploys (`for: PT4H`). Their window
// is a pure function of the config, the instant the model is resolved at, and when each
// one's clock started, which the caller passes in (`LoadOptions.elevationStarts`, read
// from git by lib/review/elevation-starts.ts): so the desired state never depends on when
// a command happens to run, and an elevation past its end is absent from it.
import { durationSeconds } from './duration';
import { formatInstant, instantMs, isInstant, showInstant, showTimeLeft } from './instant';
import type { ElevationWindow } from './org-model';

export type ElevationKind = 'membership' | 'grant';

/** `membership/aws-admins/ravi-patel`, `grant/aws-admins/administrator`. */
export const elevationKey = (kind: ElevationKind, group: string, subject: string): string =>
  `${kind}/${group}/${subject}`;

/** When each elevation's clock started, by `elevationKey`; the rest start at `now`. */
export type ElevationStarts = Readonly<Record<string, string>>;

/** Whether a declaration is an elevation (rather than standing access until a day). */
export const isElevation = (d: { readonly until?: string; readonly for?: string }): boolean =>
  d.for !== undefined || (d.until !== undefined && isInstant(d.until));

/** The window of an elevation started at `start`; undefined when `d` is not one. */
export function elevationWindow(
  d: { readonly until?: string; readonly for?: string },
  start: string,
): ElevationWindow | undefined {
  if (d.for !== undefined)
    return {
      start,
      expiresAt: formatInstant(instantMs(start) + (durationSeconds(d.for) ?? 0) * 1000),
      for: d.for,
    };
  if (d.until !== undefined && isInstant(d.until))
    return { start, expiresAt: formatInstant(instantMs(d.until)) };
  return undefined;
}

/** Whether the window has ended at `now` (an elevation ends on its instant, not after it). */
export const elevationEnded = (window: ElevationWindow, now: string): boolean =>
  instantMs(window.expiresAt) <= instantMs(now);

/** `expires in 4 h (at 18:00 UTC)`: how a plan or report shows an elevation's end from `now`. */
export const describeExpiry = (expiresAt: string, now: string): string =>
  elevationEnded({ start: now, expiresAt }, now)
    ? `ended at ${showInstant(expiresAt, now)}`
    : `expires in ${showTimeLeft(instantMs(expiresAt) - instantMs(now))} (at ${showInstant(expiresAt, now)})`;

/**
 * How far ahead the deploy's entry points (bin/cdk.ts, bin/okta.ts) resolve elevations: one
 * that ends within this of the deploy is treated as ended by it, so a deploy never grants
 * what its schedule may already have ended (a window shorter than the deploy), and one it
 * finds in its last minutes it ends early (the schedule resource's Delete: sessions too).
 */
export const DEPLOY_HORIZON_MS = 15 * 60_000;

/** The instant a deploy resolves elevations at: `now` plus `DEPLOY_HORIZON_MS`. */
export const deployHorizon = (now: string): string => formatInstant(instantMs(now) + DEPLOY_HORIZON_MS);

/** Seconds from the window's start to its end: what maxElevation bounds. */
export const elevationSeconds = (window: ElevationWindow): number =>
  (instantMs(window.expiresAt) - instantMs(window.start)) / 1000;
