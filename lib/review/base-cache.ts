// The base's engine outputs, cached on disk: planning a base with its own code takes a
// synthesis, and a re-run on the same base (a new push to the same pull request) should not
// pay it again. Keyed by everything the outputs depend on; written atomically (a complete
// entry or none), so concurrent runs and interrupted ones never leave a half-written entry.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineOutputs } from './plan-report';

/** Bumped when the cached format or how the base is planned changes. */
const CACHE_FORMAT = 1;

export interface BaseCacheKey {
  readonly commit: string;
  readonly configRel: string;
  readonly today: string;
  /** The installed dependencies the base was planned with (e.g. the head's lockfile). */
  readonly dependencies: string;
}

/** The entry's folder name: `<commit>-<hash of the rest of the key>`. */
export function cacheEntryName(key: BaseCacheKey): string {
  const rest = JSON.stringify([CACHE_FORMAT, key.configRel, key.today, key.dependencies]);
  return `${key.commit}-${createHash('sha256').update(rest).digest('hex').slice(0, 16)}`;
}

const OUTPUTS = 'outputs.json';

export function readCachedOutputs(cacheDir: string, key: BaseCacheKey): EngineOutputs | undefined {
  const file = join(cacheDir, cacheEntryName(key), OUTPUTS);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EngineOutputs;
  } catch {
    return undefined; // A damaged entry is planned again and replaced.
  }
}

export function writeCachedOutputs(cacheDir: string, key: BaseCacheKey, outputs: EngineOutputs): void {
  writeCacheEntry(cacheDir, cacheEntryName(key), OUTPUTS, JSON.stringify(outputs));
}

/** Writes `<cacheDir>/<entry>/<file>` as a whole: staged in a new folder, then renamed into place. */
export function writeCacheEntry(cacheDir: string, entry: string, file: string, contents: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch {
    return; // No cache where there is no room for one: the next run plans again.
  }
  const target = join(cacheDir, entry);
  let staging: string | undefined;
  try {
    staging = mkdtempSync(join(cacheDir, '.staging-'));
    writeFileSync(join(staging, file), contents);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch {
    // Another run wrote the same entry first (or the cache is read-only): theirs is as good.
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}
