// Config files written or edited with yaml's Document API: a value set under a top-level key
// (the rest of an existing file, its comments included, kept as it was), a comment after a
// value or above a key, entries without a comment on one line.
import { Document, isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';

/** An existing file the import would edit is not YAML: reported, nothing written. */
export class YamlSyntaxError extends Error {}

const keyOf = (key: unknown) => (isScalar(key) ? key.value : key);

export type YamlPath = readonly (string | number)[];

export class YamlFile {
  private constructor(readonly doc: Document) {}

  /** A new file whose first line says who owns it and where it came from. */
  static create(header: string): YamlFile {
    const doc = new Document({});
    doc.commentBefore = ` ${header}`;
    return new YamlFile(doc);
  }

  /** An existing file; `name` is how errors name it. */
  static parse(text: string, name = 'the file'): YamlFile {
    const doc = parseDocument(text);
    if (doc.errors.length > 0)
      throw new YamlSyntaxError(
        `${name} is not valid YAML (${doc.errors[0].message.split('\n')[0]}): fix it or move it away, then import again`,
      );
    return new YamlFile(doc);
  }

  /** Sets a top-level key (replacing its value, keeping its place in the file). */
  set(key: string, value: unknown, spaceBefore = false): void {
    const existing = isMap(this.doc.contents) && this.doc.contents.has(key);
    this.doc.set(key, this.doc.createNode(value));
    const pair = (this.doc.contents as YAMLMap).items.find((p) => keyOf(p.key) === key)!;
    // A key set from a string stays a string: a node can carry comments and a blank line.
    if (!isScalar(pair.key)) pair.key = this.doc.createNode(key);
    if (spaceBefore && !existing) (pair.key as Scalar).spaceBefore = true;
  }

  get(path: YamlPath): unknown {
    return this.doc.getIn(path);
  }

  /** A comment after the value at `path` (a scalar), on its line. */
  noteAfter(path: YamlPath, note: string): void {
    const node = this.doc.getIn(path, true);
    if (!isScalar(node)) throw new Error(`internal: ${path.join('.')} is not a value`);
    node.comment = node.comment ? `${node.comment}; ${note}` : ` ${note}`;
  }

  /** A comment on the line above the key at `path`. */
  noteAbove(path: YamlPath, note: string): void {
    const parent = path.length > 1 ? this.doc.getIn(path.slice(0, -1), true) : this.doc.contents;
    const pair = isMap(parent) ? parent.items.find((p) => keyOf(p.key) === path.at(-1)) : undefined;
    if (!pair) throw new Error(`internal: no key ${path.join('.')} in the file`);
    if (!isScalar(pair.key)) pair.key = this.doc.createNode(pair.key);
    const key = pair.key as Scalar;
    key.commentBefore = [key.commentBefore, ` ${note}`].filter(Boolean).join('\n');
  }

  /** Entries of the list at `path` on one line each, except those holding a comment. */
  flowEntries(path: YamlPath, except: ReadonlySet<number> = new Set()): void {
    const list = this.doc.getIn(path, true);
    if (!isSeq(list)) return;
    list.items.forEach((item, i) => {
      if (!except.has(i) && (isMap(item) || isSeq(item))) (item as YAMLMap).flow = true;
    });
  }

  toString(): string {
    return this.doc.toString({ lineWidth: 0 });
  }
}
