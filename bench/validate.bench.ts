// `blueprint --help` and `blueprint validate`, whole CLI processes: start-up plus loading,
// checking and resolving the config and running the guardrails.

import type { BenchStep } from './bench-step';
import { runCli } from './cli-process';

export const helpBench: BenchStep = {
  name: '--help',
  cases: ['example'],
  target: '< 0.4 s',
  runs: 5,
  run(dir) {
    const { peakRssMb, cpuS } = runCli(['--help'], dir);
    return { peakRssMb, cpuS };
  },
};

export const validateBench: BenchStep = {
  name: 'validate',
  cases: ['example', 'S', 'M', 'L'],
  target: 'example < 0.4 s; L < 1 s',
  runs: 5,
  run(dir) {
    const { stdout, peakRssMb, cpuS } = runCli(['validate', '--config', dir, '--format', 'json'], dir);
    const errors = JSON.parse(stdout).filter((d: { severity: string }) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`bench org is invalid: ${errors[0].message}`);
    return { peakRssMb, cpuS };
  },
};
