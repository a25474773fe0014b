// The lifecycle Lambdas' code: lib/lifecycle/handlers bundled with esbuild into one folder
// (one file per function), built once per content and cached in the temp folder. So synth
// (and every test that synthesizes the IT stack) reuses the bundle instead of running a
// bundler each time, while a changed source file or dependency still gets a fresh build.
// The bundle is deterministic (same inputs, same bytes), so the asset hash is stable.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { LifecycleHandlerName } from '../lifecycle/handlers/lambda-env';

const ROOT = resolve(__dirname, '..', '..');

/** The Lambda functions: file name in the bundle (handler `<file>.handler`) → entry point. */
export const LIFECYCLE_HANDLERS: Record<LifecycleHandlerName, string> = {
  'okta-tasks': 'lib/lifecycle/handlers/okta-tasks.ts',
  'notify-tasks': 'lib/lifecycle/handlers/notify-tasks.ts',
  'aws-access-tasks': 'lib/lifecycle/handlers/aws-access-tasks.ts',
};

/** Everything the bundle is made of: the runtime's sources, the model it imports, the locked dependencies. */
const INPUTS = ['lib/lifecycle', 'lib/model', 'package-lock.json'];

export function lifecycleBundleDir(): string {
  const dir = join(tmpdir(), `org-blueprint-lifecycle-bundle-${inputsHash()}`);
  if (existsSync(join(dir, 'okta-tasks.js'))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  buildSync({
    entryPoints: Object.fromEntries(
      Object.entries(LIFECYCLE_HANDLERS).map(([name, entry]) => [name, join(ROOT, entry)]),
    ),
    absWorkingDir: ROOT,
    outdir: partial,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process built the same bundle first: theirs is identical.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, 'okta-tasks.js'))) throw error;
  }
  return dir;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(join(ROOT, input)))) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 20);
}

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}
