// The files a pull request changes: tracked changes between the base commit and the
// working tree, plus new untracked files, relative to the repository root `top`. A rename
// counts as both paths (`--no-renames`): git's rename detection would name only the new one,
// so moving a Security-owned file into IT's folder would route to IT alone.
import { git } from './git';

export function changedFiles(top: string, commit: string): string[] {
  const tracked = git(top, ['diff', '--name-only', '--no-renames', '-z', commit]);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  return [...new Set([...tracked.split('\0'), ...untracked.split('\0')].filter(Boolean))].sort();
}
