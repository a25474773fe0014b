// The lifecycle Lambdas' code asset: the handler bundle plus the org's directory (people,
// groups, apps, grants, timings from the config) as one JSON file beside it. The directory
// travels in the code, not in a layer, because a layer version is replaced whenever its
// content changes, and a config change (a renamed group, a new hire) should show in a plan
// as an in-place update of the functions, not as a replacement. The folder is named after
// its content and its files are hard links to the cached bundle, so it costs no copy.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DIRECTORY_FILE } from '../lifecycle/handlers/lambda-env';
import type { LifecycleDirectory } from '../lifecycle/lifecycle-directory';
import { lifecycleBundleDir } from './lifecycle-bundle';

export function lifecycleCodeDir(directory: LifecycleDirectory): string {
  const bundle = lifecycleBundleDir();
  const json = JSON.stringify(directory);
  const hash = createHash('sha256').update(basename(bundle)).update(json).digest('hex').slice(0, 20);
  const dir = join(tmpdir(), `org-blueprint-lifecycle-code-${hash}`);
  if (existsSync(join(dir, DIRECTORY_FILE))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const file of readdirSync(bundle)) linkSync(join(bundle, file), join(partial, file));
  writeFileSync(join(partial, DIRECTORY_FILE), json);
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process made the same folder first: theirs is identical.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, DIRECTORY_FILE))) throw error;
  }
  return dir;
}
