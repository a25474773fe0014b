// `blueprint plan` (no --base), a whole CLI process: validate, then write the ownership
// summary, the Okta desired state and every CDK template (CloudFormation validation and
// cdk-nag on) to a scratch --out folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchStep } from './bench-step';
import { runCli } from './cli-process';

export const planBench: BenchStep = {
  name: 'plan',
  cases: ['example'],
  target: 'example < 5 s',
  runs: 5,
  run(dir) {
    const out = mkdtempSync(join(tmpdir(), 'blueprint-bench-plan-'));
    try {
      const { stdout, peakRssMb, cpuS } = runCli(['plan', '--config', dir, '--out', out], out);
      const stacks = /(\d+) stacks synthesized/.exec(stdout)?.[1];
      if (!stacks) throw new Error(`plan printed no CDK section:\n${stdout}`);
      return { stacks: Number(stacks), peakRssMb, cpuS };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};
