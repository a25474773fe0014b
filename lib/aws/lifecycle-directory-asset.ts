// The lifecycle directory (people, groups, apps, grants, timings from the config) as a
// Lambda layer: one JSON file under /opt. Written to a folder named after its content, so
// the asset (and the deployed layer) changes exactly when the directory does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIRECTORY_FILE } from '../lifecycle/handlers/lambda-env';
import type { LifecycleDirectory } from '../lifecycle/lifecycle-directory';

export function lifecycleDirectoryAssetDir(directory: LifecycleDirectory): string {
  const json = JSON.stringify(directory);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 20);
  const dir = join(tmpdir(), `org-blueprint-lifecycle-directory-${hash}`);
  if (existsSync(join(dir, DIRECTORY_FILE))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, DIRECTORY_FILE), json);
  try {
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, DIRECTORY_FILE))) throw error;
  }
  return dir;
}
