// The base side of the review, from the base's own code and config: its engine outputs
// (CDK templates, Okta desired state) come from planning the base commit in a temporary
// checkout, or from the cache when that commit was planned before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanArtifacts } from './base-artifacts';
import { readCachedOutputs, writeCachedOutputs } from './base-cache';
import { BasePlanError, type BaseRunner, runBaseCli } from './base-runner';
import { withBaseWorktree } from './base-worktree';
import { GitError } from './git-error';
import type { EngineOutputs } from './plan-report';

export interface BaseOutputsOptions {
  /** The repository root. */
  readonly top: string;
  readonly commit: string;
  /** The config folder relative to the repository root. */
  readonly configRel: string;
  readonly today: string;
  /** Where planned bases are kept. @default BLUEPRINT_CACHE_DIR, else node_modules/.cache/org-blueprint/base */
  readonly cacheDir?: string;
  /** Plans the base in its checkout. @default the base commit's own `blueprint plan` */
  readonly runner?: BaseRunner;
  /** The head's node_modules, linked into the base's checkout. @default this installation's */
  readonly nodeModules?: string;
}

export type BaseOutputs =
  | { readonly ok: true; readonly outputs: EngineOutputs; readonly cached: boolean }
  | { readonly ok: false; readonly error: string };

/** The node_modules this code runs with (the head's). */
export const HEAD_NODE_MODULES = resolve(__dirname, '..', '..', 'node_modules');

/**
 * Under this installation's node_modules/.cache (where build tools keep theirs): only whoever
 * installed it can write there, where a folder in the shared temp directory would let any
 * local user plant a planned base that a later plan shows as the truth.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return env.BLUEPRINT_CACHE_DIR || join(HEAD_NODE_MODULES, '.cache', 'org-blueprint', 'base');
}

/** What the installed dependencies are, for the cache key: the head's lockfile, hashed. */
export function dependenciesFingerprint(nodeModules: string): string {
  const lock = join(nodeModules, '..', 'package-lock.json');
  const installed = join(nodeModules, '.package-lock.json');
  const file = existsSync(installed) ? installed : lock;
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none';
}

export async function baseEngineOutputs(options: BaseOutputsOptions): Promise<BaseOutputs> {
  const nodeModules = options.nodeModules ?? HEAD_NODE_MODULES;
  const cacheDir = options.cacheDir ?? defaultCacheDir(process.env);
  const key = {
    commit: options.commit,
    configRel: options.configRel,
    today: options.today,
    dependencies: dependenciesFingerprint(nodeModules),
  };
  const cached = readCachedOutputs(cacheDir, key);
  if (cached) return { ok: true, outputs: cached, cached: true };
  const scratch = mkdtempSync(join(tmpdir(), 'org-blueprint-base-plan-'));
  try {
    const outDir = join(scratch, 'plan');
    mkdirSync(outDir);
    const runner = options.runner ?? runBaseCli;
    await withBaseWorktree(options.top, options.commit, nodeModules, (worktree) =>
      runner({ worktree, configRel: options.configRel, outDir, today: options.today }),
    );
    const outputs = readPlanArtifacts(outDir);
    writeCachedOutputs(cacheDir, key, outputs);
    return { ok: true, outputs, cached: false };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      error: `the base commit ${options.commit.slice(0, 7)} could not be planned with its own code: ${
        error instanceof BasePlanError
          ? message
          : error instanceof GitError
            ? `checking it out failed (${message})`
            : `its plan wrote no usable output (${message})`
      }`,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
