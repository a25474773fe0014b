// "okta program (mocks)": the real Pulumi program for the `it` stack under Pulumi's mocks,
// to keep the SDK's per-resource cost in view (the reason plans use pure specs and people
// are sharded). One run per process: the Pulumi runtime runs one program per process.
import * as pulumi from '@pulumi/pulumi';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';

export const oktaProgramBench: BenchStep = {
  name: 'okta program (mocks)',
  cases: ['S'],
  target: 'per-resource cost (not a target)',
  runs: 1,
  async run(dir) {
    let resources = 0;
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => {
          if (args.type.startsWith('okta:')) resources++;
          return { id: `${args.name}-id`, state: args.inputs };
        },
        call: (args) => ({ id: `lookup-${args.token}` }),
      },
      'org-blueprint-okta',
      'it',
      false,
      'organization',
    );
    pulumi.runtime.setAllConfig({ 'blueprint:config': dir, 'blueprint:today': BENCH_TODAY });
    const start = performance.now();
    // Loaded after setMocks, as under `pulumi up` the runtime is set up first.
    const { oktaProgram } = require('../bin/okta') as typeof import('../bin/okta');
    await oktaProgram();
    await pulumi.runtime.disconnect();
    const ms = performance.now() - start;
    return { resources, msPerResource: Number((ms / resources).toFixed(1)) };
  },
};
