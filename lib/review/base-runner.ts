// Plans the base with its own code: the base commit's plain `blueprint plan`, the one
// interface every commit of the blueprint has, run in its checkout as a separate process.
// Its output goes to a log file, so the head can be synthesized meanwhile.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BaseRun {
  /** The base commit's checkout. */
  readonly worktree: string;
  /** The config folder relative to the repository root. */
  readonly configRel: string;
  /** Absolute folder the plan's artifacts go to. */
  readonly outDir: string;
  /** The day both sides are resolved for (BLUEPRINT_TODAY). */
  readonly today: string;
}

/** Writes the base's plan artifacts to `run.outDir`, or throws a BasePlanError. */
export type BaseRunner = (run: BaseRun) => Promise<void>;

/** The base could not be planned with its own code; `message` is one line. */
export class BasePlanError extends Error {}

const ENTRY = join('bin', 'blueprint.cjs');

/** The most telling line of a failed run: its first error, else its last line. */
export function summarizeFailure(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.find((l) => /^(error|✗)|\berror\b|Error:/i.test(l)) ?? lines.at(-1) ?? 'no output';
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}

export const runBaseCli: BaseRunner = (run) => {
  if (!existsSync(join(run.worktree, ENTRY)))
    return Promise.reject(
      new BasePlanError(`the base commit has no ${ENTRY}: it is too old to be planned with its own code`),
    );
  const log = join(run.outDir, '..', 'base-plan.log');
  const fd = openSync(log, 'w');
  return new Promise<void>((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [ENTRY, 'plan', '--config', run.configRel || '.', '--out', run.outDir],
      {
        cwd: run.worktree,
        env: { ...process.env, BLUEPRINT_TODAY: run.today },
        stdio: ['ignore', fd, fd],
      },
    );
    let open = true;
    const close = () => {
      if (open) closeSync(fd);
      open = false;
    };
    child.on('error', (error) => {
      close();
      reject(new BasePlanError(`its plan could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      close();
      if (code === 0) return resolvePromise();
      const why = summarizeFailure(readFileSync(log, 'utf8'));
      reject(new BasePlanError(`its plan ${signal ? `was killed (${signal})` : `exited ${code}`}: ${why}`));
    });
  });
};
