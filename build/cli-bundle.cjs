// The compiled entry points: `npm run build` (also run by `npm install`, as `prepare`)
// bundles bin/blueprint.ts (the CLI), bin/cdk.ts (the CDK app), bin/okta.ts (the Pulumi
// program) and policy-pack/pack.ts (the Pulumi policy pack) with everything they import from
// the repository into dist/<name>.cjs with esbuild (npm packages stay external), and records
// the sources each was built from. bin/blueprint.cjs, bin/cdk.cjs, bin/okta.cjs and
// policy-pack/index.js run a bundle only while it is fresh, i.e. its sources hash the same as
// when it was built; otherwise they fall back to the TypeScript through tsx, so nobody runs
// stale code.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
/** The bundles: name → entry point. */
const ENTRY_POINTS = {
  blueprint: 'bin/blueprint.ts',
  cdk: 'bin/cdk.ts',
  // The Pulumi program (Pulumi.yaml `main`, through bin/okta.cjs).
  okta: 'bin/okta.ts',
  // The Pulumi policy pack (policy-pack/package.json `main`, policy-pack/index.js). Pulumi runs
  // it in policy-pack/, where PolicyPack reads the pack's version from package.json.
  'policy-pack': 'policy-pack/pack.ts',
  // The plan's CloudFormation diff, in a worker thread (lib/review/aws-diff-in-worker.ts).
  'aws-diff-worker': 'lib/review/aws-diff-worker.ts',
};
const bundlePath = (outDir, name) => join(outDir, `${name}.cjs`);
const manifestPath = (outDir, name) => join(outDir, `${name}.sources.json`);

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

/** A bundle's path when it was built from the sources as they are now, else undefined. */
function freshBundle(name = 'blueprint', outDir = DIST) {
  try {
    const { sources, hash } = JSON.parse(readFileSync(manifestPath(outDir, name), 'utf8'));
    return sourcesHash(sources) === hash ? bundlePath(outDir, name) : undefined;
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
      const dir = relative(build.initialOptions.outdir, dirname(args.path)).split('\\').join('/');
      const expression = `require('node:path').join(__dirname, ${JSON.stringify(dir)})`;
      return { contents: contents.replace(/\b__dirname\b/g, expression), loader: 'ts' };
    });
  },
};

async function build(outDir = DIST) {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
    plugins: [sourceDirname],
  });
  mkdirSync(outDir, { recursive: true });
  // Written under temporary names and renamed, so a CLI starting meanwhile sees old or new, never half.
  const writeAtomically = (path, contents) => {
    writeFileSync(`${path}.tmp`, contents);
    renameSync(`${path}.tmp`, path);
  };
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const built = [];
  for (const name of Object.keys(ENTRY_POINTS)) {
    const output = result.metafile.outputs[relative(ROOT, bundlePath(outDir, name)).split('\\').join('/')];
    const sources = Object.keys(output.inputs).sort();
    const manifest = { hash: sourcesHash(sources), sources };
    writeAtomically(manifestPath(outDir, name), `${JSON.stringify(manifest, null, 2)}\n`);
    built.push({ bundle: bundlePath(outDir, name), sources: sources.length });
  }
  return built;
}

module.exports = { freshBundle, build };

if (require.main === module) {
  build().then(
    (built) => {
      for (const { bundle, sources } of built)
        console.log(`built ${relative(ROOT, bundle)} from ${sources} sources`);
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
