// Lambda code bundled with esbuild into one folder (one file per function), built once per
// content and cached in the temp folder: synth (and every test that synthesizes a stack)
// reuses the bundle instead of running a bundler each time, while a changed source file or
// dependency still gets a fresh build. Deterministic: same inputs, same bytes, same hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

export interface BundleSpec {
  /** Names the cache folder: `org-blueprint-<name>-bundle-<hash>`. */
  readonly name: string;
  /** File name in the bundle (handler `<file>.handler`) → entry point, from the repository root. */
  readonly handlers: Readonly<Record<string, string>>;
  /** Everything the bundle is made of (folders and files, from the repository root). */
  readonly inputs: readonly string[];
}

export function bundleDir(spec: BundleSpec): string {
  const dir = join(tmpdir(), `org-blueprint-${spec.name}-bundle-${inputsHash(spec)}`);
  const marker = join(dir, `${Object.keys(spec.handlers).sort().at(-1)}.js`);
  if (existsSync(marker)) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  buildSync({
    entryPoints: Object.fromEntries(
      Object.entries(spec.handlers).map(([name, entry]) => [name, join(ROOT, entry)]),
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
    if (!existsSync(marker)) throw error;
  }
  return dir;
}

function inputsHash(spec: BundleSpec): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(spec.handlers));
  for (const file of spec.inputs.flatMap((input) => files(join(ROOT, input)))) {
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
