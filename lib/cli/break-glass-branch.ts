// The config change a break-glass elevation needs, committed to its own branch
// (`break-glass/<request>`) with git's plumbing, so the review after the fact is one pull
// request away, and nothing of the user's checkout moves: the file is read from the base
// commit (not the working tree), the blob is written with hash-object, the tree is built in a
// throwaway index (GIT_INDEX_FILE, never .git/index), the commit is made with commit-tree and
// the branch created with update-ref, which refuses to move a branch that already exists. Run
// again, it finds its branch and changes nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../review/git-error';

export interface BranchChange {
  /** The repository root. */
  readonly top: string;
  /** The commit the branch starts from. */
  readonly base: string;
  /** The file, relative to the root, with `/`. */
  readonly path: string;
  /** The new content of the file, from its content at `base`. */
  readonly edit: (before: string) => string;
  /** `break-glass/bg-1a2b3c4d5e` (no `refs/heads/`). */
  readonly branch: string;
  readonly message: string;
  /** The environment git runs in (its author and committer come from it, or from git's config). */
  readonly env?: NodeJS.ProcessEnv;
}

export interface BranchCommit {
  /** created: made now; exists: a branch of that name was already there, left as it is. */
  readonly outcome: 'created' | 'exists';
  readonly branch: string;
  readonly commit: string;
  readonly base: string;
}

function run(
  top: string,
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; raw?: boolean } = {},
) {
  try {
    const out = execFileSync('git', args, {
      cwd: top,
      encoding: 'utf8',
      env: options.env ?? process.env,
      ...(options.input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input: options.input }),
    });
    return options.raw ? out : out.trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new GitError(
      `git ${args[0]} failed in ${top}: ${stderr.split('\n')[0] || (error as Error).message}`,
    );
  }
}

const existing = (top: string, ref: string, env?: NodeJS.ProcessEnv): string | undefined => {
  try {
    return run(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { env });
  } catch {
    return undefined;
  }
};

export function commitToBranch(change: BranchChange): BranchCommit {
  const { top, branch, env } = change;
  const ref = `refs/heads/${branch}`;
  run(top, ['check-ref-format', ref], { env });
  const found = existing(top, ref, env);
  if (found)
    return { outcome: 'exists', branch, commit: found, base: run(top, ['rev-parse', `${found}^`], { env }) };
  const base = run(top, ['rev-parse', '--verify', `${change.base}^{commit}`], { env });
  const before = run(top, ['cat-file', 'blob', `${base}:${change.path}`], { env, raw: true });
  const blob = run(top, ['hash-object', '-w', '--stdin', `--path=${change.path}`], {
    input: change.edit(before),
    env,
  });
  const scratch = mkdtempSync(join(tmpdir(), 'blueprint-break-glass-'));
  try {
    const index = { ...(env ?? process.env), GIT_INDEX_FILE: join(scratch, 'index') };
    run(top, ['read-tree', base], { env: index });
    run(top, ['update-index', '--cacheinfo', `100644,${blob},${change.path}`], { env: index });
    const tree = run(top, ['write-tree'], { env: index });
    const commit = run(top, ['commit-tree', tree, '-p', base, '-F', '-'], { input: change.message, env });
    // '' as the old value: create only; someone else's branch of that name is never moved.
    try {
      run(top, ['update-ref', ref, commit, ''], { env });
    } catch (error) {
      const now = existing(top, ref, env);
      if (now)
        return { outcome: 'exists', branch, commit: now, base: run(top, ['rev-parse', `${now}^`], { env }) };
      throw error;
    }
    return { outcome: 'created', branch, commit, base };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
