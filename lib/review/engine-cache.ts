// Engine outputs (CDK templates, Okta desired state) cached by content. They are a pure
// function of what the engines are given (the model), the code that turns it into them and
// the installed dependencies; so the key is a hash of exactly those, and an entry is reused
// for any side, commit or run whose inputs hash the same — never for one whose inputs differ
// in anything, however small (a member, a line moved, a file of code, the lockfile).
// - the code: every file of the running code (lib/, stacks/, bin/, ..., the lockfile), the
//   installed dependencies, Node's version and the CDK context the environment may pass;
// - the model: all of it, as JSON, except `now`, the instant the plan runs at, which changes
//   every second; the engines are given the model with `now` at the start of its day
//   (`engineInput`), so what they see is what the key hashes;
// - whether the head's checks (cdk-nag) passed on the outputs: a base's entry (unchecked)
//   serves a later head only when the head is checked again.
// Written atomically (see base-cache.ts), so a reader sees a whole entry or none.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OrgModel } from '../model/org-model';
import { writeCacheEntry } from './base-cache';
import type { EngineOutputs } from './plan-report';

/** Bumped when the entry's format or what the engines compute from the model changes. */
const FORMAT = 1;
const FILE = 'engines.json';

export interface EngineCacheEntry {
  readonly outputs: EngineOutputs;
  /** cdk-nag passed on these outputs (they were planned as a head). */
  readonly checked: boolean;
}

/** The model the engines are given: `now` at the start of `today`, so outputs do not change by the second. */
export function engineInput(model: OrgModel): OrgModel {
  const now = `${model.today}T00:00:00Z`;
  return model.now === now ? model : Object.freeze({ ...model, now });
}

/** The repository this code runs from (in the bundle too: see build/cli-bundle.cjs). */
const PROJECT = resolve(__dirname, '..', '..');
/** Everything of the project the engines run or read (the Lambda bundles' sources included). */
const CODE_FOLDERS = ['bin', 'build', 'lib', 'stacks', 'policy-pack'];
const CODE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'cdk.json'];

let running: string | undefined;

/**
 * The code that is running, as a hash of every file of it (path and content): not the
 * commit's, so a cache entry can never outlive an edit, committed or not. Undefined (no
 * caching) when `root` does not hold this very module, i.e. is not where the code runs from.
 */
export function runningCodeFingerprint(root = PROJECT): string | undefined {
  if (!existsSync(join(root, 'lib', 'review', 'engine-cache.ts'))) return undefined;
  if (root === PROJECT && running) return running;
  const hash = createHash('sha256');
  const add = (rel: string) => {
    const path = join(root, rel);
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(`${rel}/${name}`);
      return;
    }
    hash.update(rel).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const entry of [...CODE_FOLDERS, ...CODE_FILES]) add(entry);
  const fingerprint = hash.digest('hex');
  if (root === PROJECT) running = fingerprint;
  return fingerprint;
}

export interface EngineKeyParts {
  /** runningCodeFingerprint of the code that plans. */
  readonly code: string;
  /** The installed dependencies (base-outputs.ts dependenciesFingerprint). */
  readonly dependencies: string;
  readonly model: OrgModel;
}

export function engineKey(parts: EngineKeyParts): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        FORMAT,
        parts.code,
        parts.dependencies,
        process.version,
        process.env.CDK_CONTEXT_JSON ?? null,
      ]),
    )
    .update('\0')
    .update(JSON.stringify(engineInput(parts.model)))
    .digest('hex');
}

const entryName = (key: string) => `engines-${key.slice(0, 40)}`;

export function readEngineCache(cacheDir: string, key: string): EngineCacheEntry | undefined {
  const file = join(cacheDir, entryName(key), FILE);
  if (!existsSync(file)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as EngineCacheEntry & { key?: string };
    // The folder name is a prefix of the key; the entry holds all of it.
    return entry.key === key ? { outputs: entry.outputs, checked: entry.checked === true } : undefined;
  } catch {
    return undefined; // A damaged entry is planned again and replaced.
  }
}

export function writeEngineCache(cacheDir: string, key: string, entry: EngineCacheEntry): void {
  writeCacheEntry(cacheDir, entryName(key), FILE, JSON.stringify({ key, ...entry }));
}
