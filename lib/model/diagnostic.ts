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

/** A problem found at a path of a config file, before it is positioned: the one way to report one. */
export interface Problem {
  readonly severity: Severity;
  readonly code: string;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly hint: string;
  /** The offending value, shown as JSON. */
  readonly value?: unknown;
  /** Point at the key rather than its value (an unknown key). */
  readonly atKey?: boolean;
}

/**
 * A diagnostic with no place inside its file (the file is missing, unreadable, or where the
 * finding belongs does not exist yet): it points at line 1, column 1 of the file.
 */
export function wholeFileDiagnostic(d: Omit<Diagnostic, 'line' | 'col'>): Diagnostic {
  return {
    severity: d.severity,
    code: d.code,
    file: d.file,
    line: 1,
    col: 1,
    path: d.path,
    message: d.message,
    ...(d.value === undefined ? {} : { value: d.value }),
    hint: d.hint,
  };
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** A value as shown in a diagnostic: JSON, cut to 80 characters. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json = boundedJson(value, 81);
  if (json === undefined) return undefined;
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/**
 * `JSON.stringify(value)`, but it stops once `limit` characters are written: a huge (or
 * alias-shared, or cyclic) value costs no more than its first characters.
 */
export function boundedJson(value: unknown, limit: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const write = (v: unknown): void => {
    if (length > limit) return;
    if (typeof v !== 'object' || v === null || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      push(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      push('[');
      for (const [i, item] of v.entries()) {
        if (length > limit) return;
        if (i > 0) push(',');
        write(item === undefined || typeof item === 'function' ? null : item);
      }
      push(']');
      return;
    }
    push('{');
    let first = true;
    for (const [key, item] of Object.entries(v)) {
      if (length > limit) return;
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(item);
    }
    push('}');
  };
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  write(value);
  return parts.join('');
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
