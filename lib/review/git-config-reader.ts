// Reads a config folder as it is at a git revision, without touching the working tree: one
// `git ls-tree` for the listing and one `git cat-file --batch` for every file's content.
import { execFileSync } from 'node:child_process';
import type { ConfigReader } from '../model/load-config';
import { git } from './git';
import { GitError } from './git-error';

interface TreeFile {
  readonly path: string;
  readonly object: string;
}

/** `top` is the repository root; `prefix` the config folder relative to it ('' for the root). */
export function gitConfigReader(top: string, commit: string, prefix: string): ConfigReader {
  let files: TreeFile[] | undefined;
  let contents: Map<string, string> | undefined;
  const tree = () => {
    if (!files) {
      // Each entry: "<mode> <type> <object>\t<path>".
      const out = git(top, ['ls-tree', '-r', '-z', commit, '--', prefix || '.']);
      files = out
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.split('\t'))
        // Files only: a submodule in the folder is not config.
        .filter(([meta]) => meta.split(' ')[1] === 'blob')
        .map(([meta, path]) => ({
          path: prefix ? path.slice(prefix.length + 1) : path,
          object: meta.split(' ')[2],
        }));
    }
    return files;
  };
  const read = (rel: string) => {
    contents ??= catFiles(top, tree());
    const text = contents.get(rel);
    if (text === undefined) throw new GitError(`${prefix ? `${prefix}/` : ''}${rel} is not in ${commit}`);
    return text;
  };
  return {
    list() {
      const listed = tree().map((f) => f.path);
      return listed.length === 0 ? undefined : listed.sort();
    },
    read,
  };
}

/** Every file's content in one `git cat-file --batch`: "<object> blob <size>\n<bytes>\n" each. */
function catFiles(top: string, files: readonly TreeFile[]): Map<string, string> {
  let out: Buffer;
  try {
    out = execFileSync('git', ['cat-file', '--batch'], {
      cwd: top,
      input: files.map((f) => `${f.object}\n`).join(''),
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new GitError(`git cat-file failed in ${top}: ${String((error as Error).message).split('\n')[0]}`);
  }
  const contents = new Map<string, string>();
  let offset = 0;
  for (const file of files) {
    const headerEnd = out.indexOf(0x0a, offset);
    const [, type, size] = out.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob') throw new GitError(`${file.path} at ${file.object} is a ${type}, not a file`);
    const start = headerEnd + 1;
    contents.set(file.path, out.subarray(start, start + Number(size)).toString('utf8'));
    offset = start + Number(size) + 1;
  }
  return contents;
}
