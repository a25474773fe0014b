// The ids of one kind of item (teams, people, groups, ...) across the config files: each
// declared once (a second declaration is an error naming the first), and references to them
// checked (an unknown id is an error with "did you mean" and the ids there are).
import type { PathSegment } from './diagnostic';
import { didYouMean } from './did-you-mean';
import type { Reporter } from './reporter';
import type { ConfigFileKey } from './schema/files';

interface Declared {
  readonly file: ConfigFileKey;
  readonly path: readonly PathSegment[];
}

export class IdIndex {
  readonly where = new Map<string, Declared>();
  constructor(
    readonly kind: string,
    private readonly reporter: Reporter,
  ) {}

  declare(id: string, file: ConfigFileKey, path: readonly PathSegment[]) {
    const first = this.where.get(id);
    if (first) {
      const firstPath = first.path
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '');
      this.reporter.report({
        severity: 'error',
        file,
        path: [...path, 'id'],
        code: 'duplicate-id',
        message: `duplicate ${this.kind} id "${id}"`,
        hint: `ids must be unique; "${id}" is already declared at ${firstPath} in ${first.file === file ? 'this file' : first.file}; rename one of them`,
        value: id,
      });
    } else this.where.set(id, { file, path });
  }

  has = (id: string) => this.where.has(id);

  /** Reports `value` at `path` when it names no declared item. */
  ref(value: string, file: ConfigFileKey, path: readonly PathSegment[], extraHint = '') {
    if (this.where.has(value)) return;
    const known = [...this.where.keys()];
    this.reporter.report({
      severity: 'error',
      file,
      path,
      code: 'dangling-reference',
      message: `unknown ${this.kind} "${value}"`,
      hint: `${didYouMean(value, known)}${extraHint || `declare the ${this.kind} first, or use one of: ${preview(known)}`}`,
      value,
    });
  }
}

const preview = (ids: string[]) =>
  ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')}, … (${ids.length} in all)`;
