// What a command may touch of the outside world, so tests run commands in-process.
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Whether stdin and stdout are a terminal (interactive prompts allowed). */
  readonly interactive: boolean;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A mistake in how a command was called (exit 2), as opposed to a problem in the config (exit 1). */
export class UsageError extends Error {}
