// One planned base for every test that needs the example org's base planned with its own
// code: code scenario repos share a commit id (same files, fixed dates), so the base is
// planned once into a shared cache and every later plan, in any test file, reads it.
// A lock folder keeps two jest workers from planning the same base at once.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEngineOutputs } from '../../lib/review/base-outputs';
import type { Scenario } from './git-scenario';

export const SHARED_BASE_CACHE = join(tmpdir(), 'org-blueprint-test-base-cache');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Plans the scenario's HEAD (the base) into the shared cache, unless already there. */
export async function planSharedBase(s: Scenario, today: string): Promise<void> {
  const commit = s.git('rev-parse', 'HEAD').trim();
  mkdirSync(SHARED_BASE_CACHE, { recursive: true });
  const lock = join(SHARED_BASE_CACHE, `.lock-${commit}-${today}`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is planning it; once it is done, ours is a cache hit. A lock left
      // by a killed run (older than any planning takes) is taken over.
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (Date.now() > deadline || age > 300_000) break;
      await sleep(250);
    }
  }
  try {
    const planned = await baseEngineOutputs({
      top: s.cwd,
      commit,
      configRel: 'config',
      today,
      cacheDir: SHARED_BASE_CACHE,
    });
    if (!planned.ok) throw new Error(planned.error);
  } finally {
    if (existsSync(lock)) rmSync(lock, { recursive: true, force: true });
  }
}
