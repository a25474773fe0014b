// A config file as data plus its layout for people (header, blank lines between sections,
// short entries on one line, notes, commented-out examples), written with yaml's Document
// API, which quotes whatever needs quoting.
import { Document, isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';

export type Path = readonly (string | number)[];

/** One file: its data and how it is laid out. */
export interface YamlFile {
  /** The first line: which side owns the file and what it holds. */
  readonly header: string;
  readonly data: Record<string, unknown>;
  /** Top-level keys preceded by a blank line. */
  readonly sections?: readonly string[];
  /** Maps and lists written on one line, e.g. `{ id: general, name: General }`. */
  readonly oneLine?: readonly Path[];
  /** A comment on the line above a key. */
  readonly notesAbove?: readonly (readonly [Path, string])[];
  /** A comment after a value, on its line. */
  readonly notesAfter?: readonly (readonly [Path, string])[];
  /** Commented-out lines at the end: an example entry to copy. */
  readonly example?: readonly string[];
}

function pairAt(doc: Document, path: Path): Pair<Scalar> {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const pair = isMap(parent)
    ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1))
    : undefined;
  if (!pair) throw new Error(`internal: no key ${path.join('.')} in the file`);
  return pair as Pair<Scalar>;
}

export function renderYaml(file: YamlFile): string {
  const doc = new Document(file.data);
  for (const key of file.sections ?? []) pairAt(doc, [key]).key.spaceBefore = true;
  for (const path of file.oneLine ?? []) {
    const node = doc.getIn(path, true);
    if (!isMap(node) && !isSeq(node)) throw new Error(`internal: ${path.join('.')} is not a collection`);
    node.flow = true;
  }
  for (const [path, note] of file.notesAbove ?? []) pairAt(doc, path).key.commentBefore = ` ${note}`;
  for (const [path, note] of file.notesAfter ?? []) {
    const node = doc.getIn(path, true);
    if (!isScalar(node)) throw new Error(`internal: ${path.join('.')} is not a value`);
    node.comment = ` ${note}`;
  }
  const first = pairAt(doc, [Object.keys(file.data)[0]]).key;
  first.commentBefore = [` ${file.header}`, first.commentBefore].filter(Boolean).join('\n');
  if (file.example) doc.comment = file.example.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** Paths of every entry of a list, to lay each out on one line. */
export const entries = (path: Path, list: readonly unknown[]): Path[] => list.map((_, i) => [...path, i]);
