// `blueprint report KIND`: the reports auditors and owners ask for (access review, control
// matrix, who owns what, vendor reviews), generated from the config. Written to stdout, or
// to --out (whose extension picks the format when --format is not given). Nothing is
// written when the config is invalid; warnings go to stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { buildReport } from '../../report/build-report';
import { FORMAT_EXTENSIONS, type ReportFormat, renderReport } from '../../report/render/render-report';
import type { ReportKind } from '../../report/report';
import { checkConfig, displayDir } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface ReportOptions {
  readonly config: string;
  readonly format?: ReportFormat;
  readonly out?: string;
}

/** --format, else the format --out's extension names (`.html`, `.csv`...), else markdown. */
export function reportFormat(options: ReportOptions): ReportFormat {
  if (options.format) return options.format;
  const ext = options.out ? extname(options.out).slice(1).toLowerCase() : '';
  const inferred = (Object.keys(FORMAT_EXTENSIONS) as ReportFormat[]).find(
    (f) => FORMAT_EXTENSIONS[f] === ext,
  );
  return inferred ?? 'markdown';
}

export function runReport(kind: ReportKind, options: ReportOptions, io: Io): number {
  const checked = checkConfig(io, options.config);
  io.err(renderDiagnostics(checked.diagnostics, 'text'));
  if (!checked.ok || !checked.model) {
    io.err(`✗ config is invalid: ${summaryLine(checked.diagnostics)}; no report was written\n`);
    return EXIT.invalid;
  }
  const format = reportFormat(options);
  const text = renderReport(buildReport(kind, { model: checked.model, sources: checked.sources }), format);
  if (options.out === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, options.out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  io.out(`wrote ${displayDir(io, options.out)} (${kind} report, ${format})\n`);
  return EXIT.ok;
}
