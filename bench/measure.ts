// Runs one bench step on one case in this process and prints its figures as JSON: every
// run's time, and the process's peak memory. `run.ts` starts one process per measurement
// so peak memory belongs to that step alone.
import type { BenchCase } from './bench-step';
import { benchOrgDir } from './fixtures';
import { BENCH_STEPS } from './steps';

async function measure(stepName: string, benchCase: BenchCase) {
  const step = BENCH_STEPS.find((s) => s.name === stepName);
  if (!step) throw new Error(`no bench step "${stepName}"`);
  const dir = benchOrgDir(benchCase);
  step.prepare?.(dir, benchCase);
  const times: number[] = [];
  let extra: Record<string, number | string> | undefined;
  for (let i = 0; i < (step.runs ?? 3); i++) {
    const start = performance.now();
    extra = (await step.run(dir, benchCase)) ?? extra;
    times.push(performance.now() - start);
  }
  process.stdout.write(
    `${JSON.stringify({ times, maxRssMb: process.resourceUsage().maxRSS / 1024, extra })}\n`,
  );
}

const [stepName, benchCase] = process.argv.slice(2);
measure(stepName, benchCase as BenchCase).catch((error) => {
  console.error(error);
  process.exit(1);
});
