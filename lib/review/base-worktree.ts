// A temporary, detached checkout of the base commit (`git worktree add`), with the head's
// node_modules linked in, so the base can be planned with its own code. Always removed
// afterwards, also when planning it fails.
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from './git';

/** Runs `use` in a checkout of `commit`; `nodeModules` is the folder linked in as node_modules. */
export async function withBaseWorktree<T>(
  top: string,
  commit: string,
  nodeModules: string,
  use: (worktree: string) => Promise<T>,
): Promise<T> {
  const holder = mkdtempSync(join(tmpdir(), 'org-blueprint-base-'));
  const worktree = join(holder, 'tree');
  try {
    // No hooks: checking out the base is the review's business, not a post-checkout hook's.
    git(top, ['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--quiet', '--detach', worktree, commit]);
    // 'junction' is the link type Windows allows without privileges; ignored elsewhere.
    if (!existsSync(join(worktree, 'node_modules')))
      symlinkSync(nodeModules, join(worktree, 'node_modules'), 'junction');
    return await use(worktree);
  } finally {
    try {
      git(top, ['worktree', 'remove', '--force', worktree]);
    } catch {
      // Already gone or never created: prune below forgets it either way.
    }
    rmSync(holder, { recursive: true, force: true });
    git(top, ['worktree', 'prune']);
  }
}
