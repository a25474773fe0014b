// The git calls the review makes, from the repository root. Failures a user can fix become
// a GitError with one line saying what is wrong and how to fix it.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { GitError } from './git-error';

/** Runs git; a failure is a GitError with git's own first line of complaint. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const why = stderr.split('\n')[0] || (error as Error).message.split('\n')[0];
    const command = args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? '';
    throw new GitError(`git ${command} failed in ${cwd}: ${why}`);
  }
}

/** The root of the repository holding `cwd`. */
export function repoRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new GitError(
      `--base needs a git repository, and ${cwd} is not inside one: run plan inside the repository that holds the config`,
    );
  }
}

/** The config folder relative to the repository root (with `/`; '' for the root itself). */
export function configInRepo(top: string, configDir: string, display: string): string {
  // git names the root by its real path; so must the folder, or a symlink reads as outside.
  const real = existsSync(configDir) ? realpathSync(configDir) : resolve(configDir);
  const rel = relative(top, real).split('\\').join('/');
  if (rel === '..' || rel.startsWith('../') || resolve(top, rel) !== real)
    throw new GitError(
      `--config "${display}" is outside the git repository at ${top}: --base reads the base config from that repository's history, so pass a config folder inside it`,
    );
  return rel;
}

const isShallow = (top: string) => {
  try {
    return git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return false;
  }
};

/**
 * The refs a short name could mean, in git's order of preference (gitrevisions(7)): a tag named
 * "origin/main" wins over the remote-tracking branch origin/main, and anyone may push a tag.
 */
function refsNamed(top: string, ref: string): string[] {
  if (ref.startsWith('refs/') || !/^[\w./-]+$/.test(ref)) return [];
  const candidates = [`refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`, `refs/remotes/${ref}`];
  const out = git(top, ['for-each-ref', '--format=%(refname)', ...candidates]);
  const present = new Set(out.split('\n').filter(Boolean));
  return candidates.filter((c) => present.has(c));
}

/** The commit a ref names; a short name that more than one ref has is refused. */
export function resolveRef(top: string, ref: string): string {
  const named = refsNamed(top, ref);
  if (named.length > 1) {
    const remote = named.find((r) => r.startsWith('refs/remotes/')) ?? named[0];
    throw new GitError(
      `--base "${ref}" is ambiguous: ${[...named].sort().join(', ')}; pass the full ref, e.g. "${remote}"`,
    );
  }
  try {
    return git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    if (isShallow(top))
      throw new GitError(
        `--base "${ref}" is not in this shallow clone: fetch the history first (actions/checkout with "fetch-depth: 0", or "git fetch --unshallow origin")`,
      );
    throw new GitError(`--base "${ref}" is not a commit in this repository (try "origin/main" or "HEAD~1")`);
  }
}
