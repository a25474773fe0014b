// The compiled CLI: `npm run build` (also run by `npm install`, as `prepare`) bundles
// bin/blueprint.ts and everything it imports from the repository into dist/blueprint.cjs
// with esbuild (npm packages stay external), and records the sources it was built from.
// bin/blueprint.cjs runs the bundle only while it is fresh, i.e. those sources hash the same
// as when it was built; otherwise it falls back to tsx, so nobody runs stale code.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const bundlePath = (outDir) => join(outDir, 'blueprint.cjs');
const manifestPath = (outDir) => join(outDir, 'blueprint.sources.json');

/** One hash over every source file's path and content; throws when a file is gone. */
function sourcesHash(files) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

/** The bundle's path when it was built from the sources as they are now, else undefined. */
function freshBundle(outDir = DIST) {
  try {
    const { sources, hash } = JSON.parse(readFileSync(manifestPath(outDir), 'utf8'));
    return sourcesHash(sources) === hash ? bundlePath(outDir) : undefined;
  } catch {
    return undefined; // not built, or a source was deleted: not fresh
  }
}

/**
 * Keeps each module's `__dirname` its source folder inside the bundle (lib/aws/lifecycle-bundle.ts
 * finds the repository from it), relative to the bundle so a moved checkout still works.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('__dirname')) return undefined;
      const dir = relative(
        build.initialOptions.outdir ?? dirname(build.initialOptions.outfile),
        dirname(args.path),
      )
        .split('\\')
        .join('/');
      const expression = `require('node:path').join(__dirname, ${JSON.stringify(dir)})`;
      return { contents: contents.replace(/\b__dirname\b/g, expression), loader: 'ts' };
    });
  },
};

async function build(outDir = DIST) {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['bin/blueprint.ts'],
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outfile: bundlePath(outDir),
    logLevel: 'warning',
    plugins: [sourceDirname],
  });
  const sources = Object.keys(result.metafile.inputs).sort();
  mkdirSync(outDir, { recursive: true });
  // Written under temporary names and renamed, so a CLI starting meanwhile sees old or new, never half.
  for (const file of result.outputFiles) {
    writeFileSync(`${file.path}.tmp`, file.contents);
    renameSync(`${file.path}.tmp`, file.path);
  }
  const manifest = manifestPath(outDir);
  writeFileSync(`${manifest}.tmp`, `${JSON.stringify({ hash: sourcesHash(sources), sources }, null, 2)}\n`);
  renameSync(`${manifest}.tmp`, manifest);
  return { bundle: bundlePath(outDir), sources: sources.length };
}

module.exports = { freshBundle, build };

if (require.main === module) {
  build().then(
    ({ bundle, sources }) => console.log(`built ${relative(ROOT, bundle)} from ${sources} sources`),
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
