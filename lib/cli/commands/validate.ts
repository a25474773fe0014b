// `blueprint validate`: every problem in the config at once; exit 0 valid, 1 invalid.
import { relative, resolve } from 'node:path';
import { today as currentDay, isCalendarDate } from '../../model/calendar-date';
import { checkOrg } from '../../policy/check-org';
import { EXIT, type Io, UsageError } from '../io';
import { type DiagnosticFormat, renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface ValidateOptions {
  readonly config: string;
  readonly format: DiagnosticFormat;
}

/** How a config folder is named in messages: relative to the working directory when inside it. */
export function displayDir(io: Io, dir: string): string {
  const rel = relative(io.cwd, resolve(io.cwd, dir));
  return rel === '' ? '.' : rel.startsWith('..') ? resolve(io.cwd, dir) : rel;
}

export function runValidate(options: ValidateOptions, io: Io): number {
  const checked = checkOrg(resolve(io.cwd, options.config), {
    display: displayDir(io, options.config),
    today: today(io),
  });
  io.out(renderDiagnostics(checked.diagnostics, options.format));
  if (options.format === 'text') {
    io.out(
      checked.ok
        ? `✓ ${checked.model!.name}: config is valid (${summaryLine(checked.diagnostics)})\n`
        : `✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was synthesized or deployed\n`,
    );
  }
  return checked.ok ? EXIT.ok : EXIT.invalid;
}

/** The day to resolve the model for: BLUEPRINT_TODAY when set (reproducible runs), else today. */
export function today(io: Io): string {
  const pinned = io.env.BLUEPRINT_TODAY;
  if (pinned === undefined || pinned === '') return currentDay({});
  if (!isCalendarDate(pinned))
    throw new UsageError(`BLUEPRINT_TODAY must be a date like 2026-12-31, got "${pinned}"`);
  return pinned;
}
