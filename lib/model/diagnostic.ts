// A problem found in the config: where it is (file:line:col and the path inside the file),
// what is wrong, the offending value, and how to fix it.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine-readable kind, e.g. `unknown-key`, `dangling-reference`, or a guardrail id. */
  readonly code: string;
  /** Path of the file as the user wrote it (relative to the working directory). */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Where inside the file, e.g. `groups[3].members[0].person`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  /** The offending value as JSON, when there is one. */
  readonly value?: string;
  readonly hint: string;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  if (json === undefined) return undefined;
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** Errors first, then by file, line and column: the order a person fixes them in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.message.localeCompare(b.message),
  );
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');
