#!/usr/bin/env node
// The CDK app cdk.json runs (`npx cdk synth | diff | deploy`): bin/cdk.ts compiled into dist/
// while that is fresh, else the TypeScript through tsx (see build/cli-bundle.cjs).
require('node:module').enableCompileCache?.();
const bundle = require('../build/cli-bundle.cjs').freshBundle('cdk');
if (!bundle) require('tsx/cjs');
require(bundle ?? './cdk.ts');
