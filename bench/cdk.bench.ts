// `cdk synth` of every stack of an org, as bin/cdk.ts runs it (stacks/deploy-synth.ts), in
// process: load and validate the config, build the app, synthesize with aws-cdk-lib's
// CloudFormation validation and cdk-nag. The yardstick of the `plan --base` target.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkOrg } from '../lib/policy/check-org';
import { deploySynth } from '../stacks/deploy-synth';
import type { BenchStep } from './bench-step';
import { runNodeProcess } from './cli-process';
import { BENCH_TODAY } from './fixtures';

export const cdkBench: BenchStep = {
  name: 'cdk synth',
  cases: ['example', 'S', 'M', 'L'],
  target: 'L < 30 s, < 2 GB',
  runs: 1,
  run(dir) {
    const checked = checkOrg(dir, { today: BENCH_TODAY });
    if (!checked.ok) throw new Error(`bench org is invalid: ${checked.diagnostics[0]?.message}`);
    const outdir = mkdtempSync(join(tmpdir(), 'blueprint-cdk-bench-'));
    try {
      const assembly = deploySynth(checked.model!, { outdir });
      const resources = assembly.stacks.map((s) => Object.keys(s.template.Resources ?? {}).length);
      return {
        stacks: assembly.stacks.length,
        resources: resources.reduce((a, b) => a + b, 0),
        maxPerStack: Math.max(...resources),
      };
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  },
};

/**
 * The same synthesis as `npx cdk synth` has the CDK CLI run it: `node bin/cdk.cjs` (cdk.json's
 * app) as a whole process, the compiled app included, from a cold start each run.
 */
export const cdkProcessBench: BenchStep = {
  name: 'cdk synth (app process)',
  cases: ['example', 'L'],
  target: 'the yardstick of plan --base',
  runs: 3,
  run(dir) {
    const outdir = mkdtempSync(join(tmpdir(), 'blueprint-cdk-bench-'));
    try {
      const { peakRssMb, cpuS } = runNodeProcess(resolve(__dirname, '..', 'bin', 'cdk.cjs'), [], dir, [0], {
        BLUEPRINT_CONFIG: dir,
        CDK_OUTDIR: outdir,
      });
      const stacks = readdirSync(outdir).filter((f) => f.endsWith('.template.json')).length;
      return { stacks, peakRssMb, cpuS };
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  },
};
