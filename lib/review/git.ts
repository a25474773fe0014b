// The git calls the review makes: read-only, from the repository root.
import { execFileSync } from 'node:child_process';
import { UsageError } from '../cli/io';

export function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The root of the repository holding `cwd`, or a usage error when there is none. */
export function repoRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(
      '--base needs a git repository: run plan inside the repository that holds the config',
    );
  }
}

/** The commit a ref names, or a usage error saying the ref is unknown. */
export function resolveRef(top: string, ref: string): string {
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new UsageError(
      `--base "${ref}" is not a commit in this repository (try "origin/main" or "HEAD~1")`,
    );
  }
}
