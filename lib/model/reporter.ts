// Collects diagnostics against the parsed config files, located by file key and path.
import type { Diagnostic, Problem } from './diagnostic';
import type { Sources } from './load-config';
import type { ConfigFileKey } from './schema/files';

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly sources: Sources) {}

  /** Reports a problem at `path` in the config file `file`. */
  report(problem: Problem & { readonly file: ConfigFileKey }): void {
    const source = this.sources[problem.file];
    if (!source) throw new Error(`internal: no source for ${problem.file}`);
    this.diagnostics.push(source.diagnostic(problem));
  }
}
