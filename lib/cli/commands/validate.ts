// `blueprint validate`: every problem in the config at once; exit 0 valid, 1 invalid.
import { checkConfig } from '../config-folder';
import { EXIT, type Io } from '../io';
import { type DiagnosticFormat, renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface ValidateOptions {
  readonly config: string;
  readonly format: DiagnosticFormat;
}

export function runValidate(options: ValidateOptions, io: Io): number {
  const checked = checkConfig(io, options.config);
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
