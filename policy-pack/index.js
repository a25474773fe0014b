// Entry point Pulumi loads for this policy pack (package.json `main`), in this folder: pack.ts
// compiled into dist/ while that is fresh, else the TypeScript pack through tsx (see
// build/cli-bundle.cjs; the same way bin/okta.cjs runs the program).
require('node:module').enableCompileCache?.();
const bundle = require('../build/cli-bundle.cjs').freshBundle('policy-pack');
if (!bundle) require('tsx/cjs');
require(bundle ?? './pack.ts');
