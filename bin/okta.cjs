// The Pulumi program (Pulumi.yaml `main`): runs the TypeScript program through tsx, so no
// build step is needed. Pulumi calls the exported function and awaits the stack outputs.
require('tsx/cjs');
module.exports = require('./okta.ts').oktaProgram;
