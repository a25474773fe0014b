// Collects diagnostics against the parsed config files, located by file key and path.
import type { Diagnostic, PathSegment, Severity } from './diagnostic';
import type { Sources } from './load-config';
import type { ConfigFileKey } from './schema/files';

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly sources: Sources) {}

  report(
    severity: Severity,
    code: string,
    file: ConfigFileKey,
    path: readonly PathSegment[],
    message: string,
    hint: string,
    options: { value?: unknown; atKey?: boolean } = {},
  ): void {
    const source = this.sources[file];
    if (!source) throw new Error(`internal: no source for ${file}`);
    this.diagnostics.push(source.diagnostic(severity, code, path, message, hint, options));
  }

  error(
    file: ConfigFileKey,
    path: readonly PathSegment[],
    code: string,
    message: string,
    hint: string,
    value?: unknown,
  ) {
    this.report('error', code, file, path, message, hint, value === undefined ? {} : { value });
  }
}
