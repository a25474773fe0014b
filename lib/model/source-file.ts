// A config file parsed with its source positions kept, so any path inside it can be
// turned back into the line and column a person sees in their editor.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic, PathSegment, Severity } from './diagnostic';
import { formatPath, showValue } from './diagnostic';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export class SourceFile {
  readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();

  /** `file` is the path shown to users; `text` the file's content. */
  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }

  /** YAML syntax errors, as diagnostics. */
  syntaxErrors(): Diagnostic[] {
    return this.doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
      return {
        severity: 'error' as const,
        code: 'yaml-syntax',
        file: this.file,
        line: pos.line,
        col: pos.col,
        path: '',
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        hint:
          e.code === 'DUPLICATE_KEY'
            ? 'remove or rename the repeated key'
            : 'fix the YAML syntax at this position (indentation, quotes, colons)',
      };
    });
  }

  /** The file's content as plain data (`{}` for an empty file). */
  data(): unknown {
    return this.doc.contents === null ? {} : this.doc.toJS({ maxAliasCount: 100 });
  }

  /**
   * Line and column of the value at `path`, or of its key when `key` is set. A path that
   * does not exist (a missing key) resolves to the deepest part of it that does.
   */
  locate(path: readonly PathSegment[], key = false): Position {
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
        );
        if (!pair) break;
        const keyNode = pair.key as Node;
        offset = keyNode.range?.[0] ?? offset;
        if (last && key) break;
        node = pair.value;
        if ((node as Node | null)?.range) offset = (node as Node).range![0];
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg];
        if ((node as Node).range) offset = (node as Node).range![0];
      } else break;
    }
    return this.lines.linePos(offset);
  }

  diagnostic(
    severity: Severity,
    code: string,
    path: readonly PathSegment[],
    message: string,
    hint: string,
    options: { value?: unknown; atKey?: boolean } = {},
  ): Diagnostic {
    const pos = this.locate(path, options.atKey);
    const value = showValue(options.value);
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
