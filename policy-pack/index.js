// Entry point Pulumi loads for this policy pack: runs the TypeScript pack through tsx, so
// no build step is needed (the same way bin/okta.cjs runs the program).
require('tsx/cjs');
require('./pack.ts');
