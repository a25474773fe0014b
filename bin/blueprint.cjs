#!/usr/bin/env node
// `npx blueprint`: runs the compiled CLI (dist/, built by `npm install` or `npm run build`)
// while it is fresh, i.e. built from the sources as they are now; else the TypeScript sources
// through tsx (slower to start, never stale). See build/cli-bundle.cjs.
// Node 22+ caches compiled code between runs (a no-op on Node 20, which lacks it).
require('node:module').enableCompileCache?.();
// A reader that stops early (`blueprint guardrails | head`) is no error: stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
const bundle = require('../build/cli-bundle.cjs').freshBundle('blueprint');
if (!bundle) require('tsx/cjs');
const { main } = require(bundle ?? './blueprint.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
