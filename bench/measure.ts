// Runs one bench step on one case in this process and prints its figures as JSON: every
// run's time, and the peak memory of the process that did the work: this one, or for a step
// that runs the CLI as a whole process, the CLI's (the step returns it as `peakRssMb`).
// `run.ts` starts one process per measurement so peak memory belongs to that step alone.
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
  let cliRssMb: number | undefined;
  const cpuTimes: number[] = [];
  for (let i = 0; i < (step.runs ?? 3); i++) {
    const start = performance.now();
    const { peakRssMb, cpuS, ...figures } = (await step.run(dir, benchCase)) ?? {};
    times.push(performance.now() - start);
    if (peakRssMb !== undefined) cliRssMb = Math.max(cliRssMb ?? 0, Number(peakRssMb));
    if (cpuS !== undefined) cpuTimes.push(Number(cpuS));
    if (Object.keys(figures).length > 0) extra = figures;
  }
  const maxRssMb = cliRssMb ?? process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ times, maxRssMb, cli: cliRssMb !== undefined, cpuTimes, extra })}\n`,
  );
}

const [stepName, benchCase] = process.argv.slice(2);
measure(stepName, benchCase as BenchCase).catch((error) => {
  console.error(error);
  process.exit(1);
});
