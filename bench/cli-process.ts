// Runs `blueprint` as a whole process, as a user does (`npx blueprint ...`): Node's start,
// loading the CLI (dist/ when fresh: `npm run bench` builds it first), and the command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_TODAY } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'bin', 'blueprint.cjs');
const PEAK_RSS = join(__dirname, 'peak-rss.cjs');

export interface CliRun {
  readonly stdout: string;
  /** The CLI process's own peak memory (not the bench's). */
  readonly peakRssMb: number;
}

/** Runs the CLI in `cwd`; throws unless it exits with one of `okCodes` (default: 0). */
export function runCli(args: readonly string[], cwd: string, okCodes: readonly number[] = [0]): CliRun {
  const scratch = mkdtempSync(join(tmpdir(), 'blueprint-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  try {
    const result = spawnSync(process.execPath, ['--require', PEAK_RSS, CLI, ...args], {
      cwd,
      env: { ...process.env, BLUEPRINT_TODAY: BENCH_TODAY, BENCH_PEAK_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status === null || !okCodes.includes(result.status))
      throw new Error(
        `blueprint ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stderr}${result.stdout.slice(-2000)}`,
      );
    return { stdout: result.stdout, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
