// `npm run bench`: times every bench step on the example org and S/M/L synthetic orgs,
// each measurement in its own process, and prints a table (median time, peak memory).
// `npm run bench -- validate` runs only the named steps. Steps marked "CLI" time whole
// `blueprint` processes; it builds the compiled CLI (dist/) first, so they time what a user runs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { benchOrgDir } from './fixtures';
import { BENCH_STEPS } from './steps';

const { build }: { build(): Promise<unknown> } = require('../build/cli-bundle.cjs');

async function main() {
  const only = process.argv.slice(2);
  await build();
  const steps = BENCH_STEPS.filter((s) => only.length === 0 || only.includes(s.name));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows: string[][] = [['step', 'org', 'median', 'CPU', 'runs', 'peak RSS', 'details', 'target']];

  for (const step of steps) {
    for (const benchCase of step.cases) {
      benchOrgDir(benchCase);
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', resolve(__dirname, 'measure.ts'), step.name, benchCase],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const { times, maxRssMb, cli, cpuTimes, extra } = JSON.parse(out.trim().split('\n').pop()!);
      const details = Object.entries(extra ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      rows.push([
        cli ? `${step.name} (CLI)` : step.name,
        benchCase,
        `${(median(times) / 1000).toFixed(2)} s`,
        cpuTimes.length > 0 ? `${median(cpuTimes).toFixed(2)} s` : '',
        String(times.length),
        `${Math.round(maxRssMb)} MB`,
        details,
        step.target,
      ]);
      process.stderr.write(`  ${step.name} ${benchCase} done\n`);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, j) => cell.padEnd(widths[j]))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
