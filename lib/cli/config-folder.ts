// How every command reads its --config folder: resolved against the working directory,
// named in messages the way the user wrote it, checked for the day BLUEPRINT_TODAY pins.
import { relative, resolve } from 'node:path';
import { today as currentDay, InvalidPinnedDayError } from '../model/calendar-date';
import type { ElevationStarts } from '../model/elevation';
import { now as currentInstant, InvalidPinnedInstantError } from '../model/instant';
import { type CheckedOrg, checkOrg } from '../policy/check-org';
import { elevationStartsFromGit } from '../review/elevation-starts';
import { GitError } from '../review/git-error';
import { type Io, UsageError } from './io';

/** How a folder is named in messages: relative to the working directory when inside it. */
export function displayDir(io: Io, dir: string): string {
  const rel = relative(io.cwd, resolve(io.cwd, dir));
  return rel === '' ? '.' : rel.startsWith('..') ? resolve(io.cwd, dir) : rel;
}

/** The day to resolve the model for; a malformed BLUEPRINT_TODAY is a usage error. */
export function today(io: Io): string {
  try {
    return currentDay(io.env);
  } catch (error) {
    if (error instanceof InvalidPinnedDayError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The instant to resolve elevations at (BLUEPRINT_NOW, see instant.ts) and when each one's
 * clock started (from git, see lib/review/elevation-starts.ts); problems are usage errors.
 */
export function elevationClock(io: Io, dir: string): { now: string; elevationStarts: ElevationStarts } {
  try {
    return { now: currentInstant(io.env), elevationStarts: elevationStartsFromGit(resolve(io.cwd, dir)) };
  } catch (error) {
    if (error instanceof InvalidPinnedInstantError || error instanceof GitError)
      throw new UsageError(error.message);
    throw error;
  }
}

/** The config folder loaded, checked and (when valid) resolved, with guardrails run. */
export function checkConfig(io: Io, dir: string): CheckedOrg {
  return checkOrg(resolve(io.cwd, dir), {
    display: displayDir(io, dir),
    today: today(io),
    ...elevationClock(io, dir),
  });
}
