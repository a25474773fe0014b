// Reads a config folder as it is at a git revision, without touching the working tree.
import type { ConfigReader } from '../model/load-config';
import { git } from './git';

/** `top` is the repository root; `prefix` the config folder relative to it ('' for the root). */
export function gitConfigReader(top: string, commit: string, prefix: string): ConfigReader {
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
