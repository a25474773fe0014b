// Runs `blueprint` as a whole process, as a user does (`npx blueprint ...`): Node's start,
// loading the CLI (dist/ when fresh: `npm run bench` builds it first), and the command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_TODAY } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'bin', 'blueprint.cjs');
const USAGE = join(__dirname, 'process-usage.cjs');

export interface CliRun {
  readonly stdout: string;
  /** The CLI process's own peak memory (not the bench's). */
  readonly peakRssMb: number;
  /** The CLI process's CPU time (user + system), in seconds. */
  readonly cpuS: number;
}

/** Runs the CLI in `cwd`; throws unless it exits with one of `okCodes` (default: 0). */
export function runCli(
  args: readonly string[],
  cwd: string,
  okCodes: readonly number[] = [0],
  env: NodeJS.ProcessEnv = {},
): CliRun {
  return runNodeProcess(CLI, args, cwd, okCodes, env);
}

/** Runs a Node script of the project (e.g. bin/cdk.cjs) as a whole process, measured the same way. */
export function runNodeProcess(
  script: string,
  args: readonly string[],
  cwd: string,
  okCodes: readonly number[] = [0],
  env: NodeJS.ProcessEnv = {},
): CliRun {
  const scratch = mkdtempSync(join(tmpdir(), 'blueprint-bench-rss-'));
  const usageFile = join(scratch, 'usage.json');
  try {
    const result = spawnSync(process.execPath, ['--require', USAGE, script, ...args], {
      cwd,
      env: { ...process.env, BLUEPRINT_TODAY: BENCH_TODAY, BENCH_USAGE_FILE: usageFile, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status === null || !okCodes.includes(result.status))
      throw new Error(
        `${script} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr}${result.stdout.slice(-2000)}`,
      );
    const { maxRssKb, cpuMs } = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { stdout: result.stdout, peakRssMb: maxRssKb / 1024, cpuS: cpuMs / 1000 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
