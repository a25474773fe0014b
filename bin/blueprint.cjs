#!/usr/bin/env node
// `npx blueprint`: runs the TypeScript CLI directly through tsx, so a fresh clone needs no build step.
require('tsx/cjs');
const { main } = require('./blueprint.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
