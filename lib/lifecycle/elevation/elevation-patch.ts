// After a break-glass elevation, the config must say what was done, so the review happens
// after the fact and the deploy schedules (and, once it has ended, drops) the same window:
// the entry in config/security/privileged.yaml, `until` the instant it ends and `approvedBy`
// who confirmed it, as a unified diff to `git apply`. Spliced after the group's last member
// so every other byte of the file stays as it is.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { type ConfigPatch, unifiedDiff } from '../offboarding/end-date-patch';

export interface ElevationEntry {
  readonly person: string;
  readonly group: string;
  /** `2026-11-23T15:05:00Z`; written to the minute. */
  readonly until: string;
  readonly reason: string;
  readonly approvedBy: string;
}

/**
 * The entry as one flow mapping, written by yaml (so an id YAML would read as a number or a
 * boolean is quoted), the instant and the reason in double quotes like the file's own.
 */
function entryLine(value: Record<string, string>): string {
  const doc = new Document(value);
  const map = doc.contents as YAMLMap;
  map.flow = true;
  for (const key of ['until', 'reason']) {
    const scalar = map.get(key, true);
    if (isScalar(scalar)) scalar.type = 'QUOTE_DOUBLE';
  }
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** The group's members list of a document, as plain data. */
const membersOf = (text: string, group: string): unknown[] | undefined => {
  const groups = parseDocument(text).toJS()?.groups;
  const found = Array.isArray(groups) ? groups.find((g) => g?.id === group) : undefined;
  return Array.isArray(found?.members) ? found.members : undefined;
};

export function elevationPatch(file: string, text: string, entry: ElevationEntry): ConfigPatch {
  const doc = parseDocument(text);
  const groups = doc.get('groups');
  if (!isSeq(groups)) throw new Error(`${file} has no groups list`);
  const group = groups.items.find((g): g is YAMLMap => isMap(g) && g.get('id') === entry.group);
  if (!group) throw new Error(`${file} has no group "${entry.group}"`);
  const members = group.get('members', true);
  const until = `${entry.until.slice(0, 16)}Z`;
  const added = { person: entry.person, until, reason: entry.reason, approvedBy: entry.approvedBy };
  const line = entryLine(added);
  let after: string;
  const last = isSeq(members) ? members.items.at(-1) : undefined;
  if (isSeq(members) && !members.flow && last && (last as { range?: number[] }).range) {
    const [startAt, endAt] = (last as { range: [number, number, number] }).range;
    const lineStart = text.lastIndexOf('\n', startAt - 1) + 1;
    const indent = text.slice(lineStart, startAt);
    const lineEnd = text.indexOf('\n', endAt - 1);
    const at = lineEnd === -1 ? text.length : lineEnd;
    after = `${text.slice(0, at)}\n${indent}${line}${text.slice(at)}`;
  } else throw new Error(`${file}: group "${entry.group}" has no block list of members; add ${line} by hand`);
  // Read back: the file parses, and its group's last member is exactly the entry.
  if (
    parseDocument(after).errors.length > 0 ||
    !isDeepStrictEqual(membersOf(after, entry.group)?.at(-1), added)
  )
    throw new Error(`${file}: the new entry would not read back as written; add ${line} by hand`);
  return { file, after, patch: unifiedDiff(file, text, after) };
}
