// After an emergency offboarding (--now), the config must say what was done, or the next
// deploy and the nightly sweep would work from a stale end date: the exact change to
// config/it/people.yaml, as a unified diff to `git apply`. The person is found with yaml's
// Document API (so comments, anchors and layout are understood), and the edit is spliced
// into the text at that node's position, so every other byte of the file stays as it is.
import { isMap, isNode, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';

export interface ConfigPatch {
  /** The file, as the patch names it (e.g. `config/it/people.yaml`). */
  readonly file: string;
  readonly after: string;
  /** A unified diff (`git apply` takes it), ending with a newline. */
  readonly patch: string;
}

/**
 * The change that sets `personId`'s end date to `lastDay` in people.yaml's text, or
 * undefined when the file already has that end date (or an earlier one).
 */
export function endDatePatch(
  file: string,
  text: string,
  personId: string,
  lastDay: string,
): ConfigPatch | undefined {
  const doc = parseDocument(text);
  const people = doc.get('people');
  if (!isSeq(people)) throw new Error(`${file} has no people list`);
  const person = people.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === personId);
  if (!person?.range) throw new Error(`${file} has no person "${personId}"`);
  const value = `"${lastDay}"`;
  const endPair = person.items.find((pair) => isScalar(pair.key) && pair.key.value === 'end');
  let after: string;
  if (endPair) {
    const end = endPair.value;
    if (!isScalar(end) || !end.range) throw new Error(`${file}: ${personId}'s end is not a date`);
    if (String(end.value) <= lastDay) return undefined;
    after = text.slice(0, end.range[0]) + value + text.slice(end.range[1]);
  } else {
    if (person.flow)
      throw new Error(`${file}: ${personId} is written as a flow map; set end: ${value} by hand`);
    const last = person.items.at(-1)?.value;
    const key = person.items.at(-1)?.key;
    if (!isScalar(key) || !key.range || !isNode(last) || !last.range)
      throw new Error(`${file}: cannot place ${personId}'s end date`);
    const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    const indent = ' '.repeat(key.range[0] - lineStart);
    // After the last value and any comment on its line.
    const lineEnd = text.indexOf('\n', last.range[1]);
    const at = lineEnd === -1 ? text.length : lineEnd;
    after = `${text.slice(0, at)}\n${indent}end: ${value}${text.slice(at)}`;
  }
  const check = parseDocument(after);
  const people2 = check.get('people');
  const changed = isSeq(people2)
    ? people2.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === personId)
    : undefined;
  if (check.errors.length > 0 || changed?.get('end') !== lastDay)
    throw new Error(
      `${file}: setting ${personId}'s end date would not parse back; set end: ${value} by hand`,
    );
  return { file, after, patch: unifiedDiff(file, text, after) };
}

/** A one-hunk unified diff of two texts that differ in one place, with three lines of context. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const toA = Math.min(a.length, endA + context);
  const toB = Math.min(b.length, endB + context);
  // A file ending in a newline splits into a last empty "line": not a line of the diff.
  const lastA = before.endsWith('\n') ? a.length - 1 : a.length;
  const lastB = after.endsWith('\n') ? b.length - 1 : b.length;
  const hunkA = Math.min(toA, lastA);
  const hunkB = Math.min(toB, lastB);
  const range = (first: number, count: number) => `${count === 0 ? first : first + 1},${count}`;
  return [
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${range(from, hunkA - from)} +${range(from, hunkB - from)} @@`,
    ...a.slice(from, start).map((l) => ` ${l}`),
    ...a.slice(start, Math.min(endA, lastA)).map((l) => `-${l}`),
    ...b.slice(start, Math.min(endB, lastB)).map((l) => `+${l}`),
    ...a.slice(endA, hunkA).map((l) => ` ${l}`),
    '',
  ].join('\n');
}
