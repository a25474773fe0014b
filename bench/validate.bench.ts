// `blueprint validate`: load, check and resolve the config, then run the guardrails.
import { checkOrg } from '../lib/policy/check-org';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';

export const validateBench: BenchStep = {
  name: 'validate',
  cases: ['example', 'S', 'M', 'L'],
  target: 'L < 2 s, < 500 MB',
  run(dir) {
    const checked = checkOrg(dir, { today: BENCH_TODAY });
    if (!checked.ok) throw new Error(`bench org is invalid: ${checked.diagnostics[0]?.message}`);
    return { people: checked.model!.people.length };
  },
};
