// Test fixtures: a minimal valid org (test/fixtures/base) with one small overlay folder per
// case (test/fixtures/cases/<case>) whose files replace the base's. Materialized in a temp
// folder as `<tmp>/config`, so messages name files as `config/...`.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../lib/cli/io';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const TODAY = '2026-11-23';

/** A temp working directory holding `config/` = base + the case's overlay. Returns the working directory. */
export function configCase(name?: string): string {
  const cwd = mkdtempSync(join(tmpdir(), `blueprint-${name ?? 'base'}-`));
  cpSync(join(FIXTURES, 'base'), join(cwd, 'config'), { recursive: true });
  if (name) cpSync(join(FIXTURES, 'cases', name), join(cwd, 'config'), { recursive: true });
  return cwd;
}

export interface CapturedIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
    env: { BLUEPRINT_TODAY: TODAY, ...env },
    interactive: false,
    stdout: () => out,
    stderr: () => err,
  };
}
