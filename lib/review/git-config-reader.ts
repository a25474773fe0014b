// Reads a config folder as it is at a git revision, without touching the working tree.
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { UsageError } from '../cli/io';
import type { ConfigReader } from '../model/load-config';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The commit a ref names, or a usage error saying the ref is unknown. */
export function resolveRef(cwd: string, ref: string): string {
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new UsageError(
      `--base "${ref}" is not a commit in this repository (try "origin/main" or "HEAD~1")`,
    );
  }
}

/** `configDir` is absolute; it must be inside the git work tree of `cwd`. */
export function gitConfigReader(cwd: string, commit: string, configDir: string): ConfigReader {
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(
      '--base needs a git repository: run plan inside the repository that holds the config',
    );
  }
  const prefix = relative(top, resolve(configDir)).split('\\').join('/');
  const inTree = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
  return {
    list() {
      const out = git(top, ['ls-tree', '-r', '--name-only', '-z', commit, '--', prefix || '.']);
      const files = out.split('\0').filter(Boolean);
      if (files.length === 0) return undefined;
      return files.map((f) => (prefix ? f.slice(prefix.length + 1) : f)).sort();
    },
    read: (rel) => git(top, ['show', `${commit}:${inTree(rel)}`]),
  };
}
