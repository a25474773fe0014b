// The model's front door: read a config folder, check it, and resolve it into an OrgModel.
// Diagnostics from every stage come back together; the model only when nothing is wrong
// structurally (guardrails in lib/policy run on the model afterwards).
import { checkReferences } from './check-references';
import { type Diagnostic, hasErrors, sortDiagnostics } from './diagnostic';
import type { ElevationStarts } from './elevation';
import { type ConfigReader, diskReader, loadConfig, type ParsedFiles, type Sources } from './load-config';
import type { OrgModel } from './org-model';
import { Reporter } from './reporter';
import { resolveOrg } from './resolve-org';

export interface LoadedOrg {
  readonly model?: OrgModel;
  readonly sources: Sources;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** The day to resolve statuses and expiries for (see calendar-date `today()`). */
  readonly today: string;
  /**
   * The instant to resolve elevations at (see instant.ts `now()`).
   * @default - the start of `today` (00:00 UTC)
   */
  readonly now?: string;
  /**
   * When each elevation's clock started, by `elevationKey`: the time the change that declared
   * it landed on the deployed branch (lib/review/elevation-starts.ts reads it from git).
   * @default - every elevation starts at `now` (a change not yet merged)
   */
  readonly elevationStarts?: ElevationStarts;
  /**
   * Elevations ending by this instant are left out of the model, as if ended: a deploy's
   * horizon (`deployHorizon(now)`, lib/model/elevation.ts).
   * @default - `now`
   */
  readonly endsBy?: string;
  /** Read the files from somewhere other than disk (e.g. a git revision). */
  readonly reader?: ConfigReader;
  /** How the folder is named in messages (default: `dir` as given). */
  readonly display?: string;
  /** Files parsed by an earlier load, reused when a file's name and text are the same (see ParsedFiles). */
  readonly parsed?: ParsedFiles;
}

export function loadOrg(dir: string, options: LoadOptions): LoadedOrg {
  const loaded = loadConfig(options.display ?? dir, options.reader ?? diskReader(dir), options.parsed);
  if (!loaded.docs) return { sources: loaded.sources, diagnostics: sortDiagnostics(loaded.diagnostics) };
  const reporter = new Reporter(loaded.sources);
  checkReferences(loaded.docs, reporter);
  if (hasErrors(reporter.diagnostics))
    return { sources: loaded.sources, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const model = resolveOrg(loaded.docs, options.today, reporter, {
    now: options.now ?? `${options.today}T00:00:00Z`,
    ...(options.elevationStarts ? { elevationStarts: options.elevationStarts } : {}),
    ...(options.endsBy ? { endsBy: options.endsBy } : {}),
  });
  return { model, sources: loaded.sources, diagnostics: sortDiagnostics(reporter.diagnostics) };
}
