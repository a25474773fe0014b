// The Pulumi program (Pulumi.yaml `main`): bin/okta.ts compiled into dist/ (by `npm install` or
// `npm run build`) while that is fresh, else the TypeScript through tsx (see
// build/cli-bundle.cjs). Pulumi calls the exported function and awaits the stack outputs.
require('node:module').enableCompileCache?.();
const bundle = require('../build/cli-bundle.cjs').freshBundle('okta');
if (!bundle) require('tsx/cjs');
module.exports = require(bundle ?? './okta.ts').oktaProgram;
