// A config file parsed for its data, with source positions available on demand: the fast
// parser (js-yaml, YAML 1.2 core schema) reads the data, and the position-keeping parser
// (yaml) only runs when a diagnostic needs a line and column, or to list syntax errors.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import { aliasExpansionExceeds, MAX_ALIAS_EXPANSION } from './alias-expansion';
import type { Diagnostic, PathSegment, Problem } from './diagnostic';
import { formatPath, showValue } from './diagnostic';

export interface Position {
  readonly line: number;
  readonly col: number;
}

type Parsed =
  | { ok: true; data: unknown }
  | { ok: false; error: YAMLException }
  | { ok: false; aliasBomb: true };

export class SourceFile {
  private readonly parsed: Parsed;
  private cst?: { doc: Document.Parsed; lines: LineCounter };

  /** `file` is the path shown to users; `text` the file's content. */
  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    try {
      const data = load(text, { schema: CORE_SCHEMA, filename: file });
      // Nothing may walk an alias bomb's data: not the schema, not a diagnostic's value. Every
      // alias is written `*name`, so a text without a `*` has none (and the walk, a large
      // file's tenth of a second, is skipped).
      const bomb = text.includes('*') && aliasExpansionExceeds(data);
      this.parsed = bomb ? { ok: false, aliasBomb: true } : { ok: true, data };
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      this.parsed = { ok: false, error };
    }
  }

  private positions() {
    if (!this.cst) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
      this.cst = { doc, lines };
    }
    return this.cst;
  }

  /** YAML syntax errors, as diagnostics (all of them, when the position parser finds them). */
  syntaxErrors(): Diagnostic[] {
    if (this.parsed.ok) return [];
    const { doc, lines } = this.positions();
    if ('aliasBomb' in this.parsed) return [this.aliasBombDiagnostic(doc, lines)];
    const hint = (duplicate: boolean) =>
      duplicate
        ? 'remove or rename the repeated key'
        : 'fix the YAML syntax at this position (indentation, quotes, colons)';
    if (doc.errors.length > 0) {
      return doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return this.syntaxDiagnostic(pos, e.message.split('\n')[0], hint(e.code === 'DUPLICATE_KEY'));
      });
    }
    const { mark, reason } = this.parsed.error;
    return [
      this.syntaxDiagnostic(
        { line: mark.line + 1, col: mark.column + 1 },
        reason,
        hint(/duplicated/.test(reason)),
      ),
    ];
  }

  /** Reported at the first alias: where the expansion starts. */
  private aliasBombDiagnostic(doc: Document.Parsed, lines: LineCounter): Diagnostic {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      severity: 'error',
      code: 'yaml-alias-bomb',
      file: this.file,
      ...lines.linePos(offset),
      path: '',
      message: `YAML aliases expand this file to more than ${MAX_ALIAS_EXPANSION} extra values (an alias bomb)`,
      hint: 'write the values out instead of nesting aliases (*name) of anchors (&name) that hold aliases themselves',
    };
  }

  private syntaxDiagnostic(pos: Position, message: string, hint: string): Diagnostic {
    return {
      severity: 'error',
      code: 'yaml-syntax',
      file: this.file,
      ...pos,
      path: '',
      message: `YAML syntax error: ${message}`,
      hint,
    };
  }

  /** The file's content as plain data (`{}` for an empty file). */
  data(): unknown {
    if (!this.parsed.ok) throw new Error(`internal: ${this.file} has syntax errors`);
    return this.parsed.data ?? {};
  }

  /**
   * Line and column of the value at `path`, or of its key when `key` is set. A path that
   * does not exist (a missing key) resolves to the deepest part of it that does.
   */
  locate(path: readonly PathSegment[], key = false): Position {
    const { doc, lines } = this.positions();
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
        );
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        if (i === path.length - 1 && key) break;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg];
      } else break;
      const range = (node as Node | null)?.range;
      if (range) offset = range[0];
    }
    return lines.linePos(offset);
  }

  /** A problem at `path` in this file, positioned at its value (or at its key with `atKey`). */
  diagnostic({ severity, code, path, message, hint, value: offending, atKey }: Problem): Diagnostic {
    const pos = this.locate(path, atKey);
    const value = showValue(offending);
    return {
      severity,
      code,
      file: this.file,
      line: pos.line,
      col: pos.col,
      path: formatPath(path),
      message,
      ...(value === undefined ? {} : { value }),
      hint,
    };
  }
}
