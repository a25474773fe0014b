// A config file as data plus its layout for people (header, blank lines between sections,
// short entries on one line, notes, commented-out examples), written with yaml's Document
// API, which quotes whatever needs quoting. An example is written the same way and only
// then commented out, so uncommenting it gives valid YAML whatever name or id it shows.
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
  /** An example entry to copy, commented out at the end of the file. */
  readonly example?: YamlExample;
}

/** An entry of a list, to copy; its paths start inside the entry. */
export interface YamlExample {
  readonly entry: Record<string, unknown>;
  readonly oneLine?: readonly Path[];
  readonly notesAfter?: readonly (readonly [Path, string])[];
  /** Values written in double quotes though YAML does not need them, e.g. dates (as the README writes them). */
  readonly quoted?: readonly Path[];
}

function pairAt(doc: Document, path: Path): Pair<Scalar> {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const pair = isMap(parent)
    ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1))
    : undefined;
  if (!pair) throw new Error(`internal: no key ${path.join('.')} in the file`);
  return pair as Pair<Scalar>;
}

function scalarAt(doc: Document, path: Path): Scalar {
  const node = doc.getIn(path, true);
  if (!isScalar(node)) throw new Error(`internal: ${path.join('.')} is not a value`);
  return node;
}

/** One-line collections and notes after values, at paths under `base`. */
function layOut(doc: Document, layout: Pick<YamlFile, 'oneLine' | 'notesAfter'>, base: Path = []) {
  for (const path of layout.oneLine ?? []) {
    const node = doc.getIn([...base, ...path], true);
    if (!isMap(node) && !isSeq(node)) throw new Error(`internal: ${path.join('.')} is not a collection`);
    node.flow = true;
  }
  for (const [path, note] of layout.notesAfter ?? []) scalarAt(doc, [...base, ...path]).comment = ` ${note}`;
}

const OPTIONS = { lineWidth: 0 } as const;

/**
 * The example as a one-entry list, every line commented out (as the text of a comment), after
 * a line saying how to use it (the list it belongs to is written `[]`, empty).
 */
function exampleComment(example: YamlExample, list: string): string {
  const doc = new Document([example.entry]);
  layOut(doc, example, [0]);
  for (const path of example.quoted ?? []) scalarAt(doc, [0, ...path]).type = 'QUOTE_DOUBLE';
  const lines = doc.toString(OPTIONS).trimEnd().split('\n');
  return [`To add one: write "${list}:" without the [], then these lines, uncommented:`, ...lines]
    .map((line) => ` ${line}`)
    .join('\n');
}

export function renderYaml(file: YamlFile): string {
  const doc = new Document(file.data);
  for (const key of file.sections ?? []) pairAt(doc, [key]).key.spaceBefore = true;
  layOut(doc, file);
  for (const [path, note] of file.notesAbove ?? []) pairAt(doc, path).key.commentBefore = ` ${note}`;
  const first = pairAt(doc, [Object.keys(file.data)[0]]).key;
  first.commentBefore = [` ${file.header}`, first.commentBefore].filter(Boolean).join('\n');
  if (file.example)
    doc.comment = exampleComment(file.example, file.sections?.at(-1) ?? Object.keys(file.data).at(-1)!);
  return doc.toString(OPTIONS);
}

/** Paths of every entry of a list, to lay each out on one line. */
export const entries = (path: Path, list: readonly unknown[]): Path[] => list.map((_, i) => [...path, i]);
