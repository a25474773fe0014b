// Okta desired-state changes between base and head: resources added, changed (which
// inputs) and removed, per stack; removals and recreations that would take access away
// from people (deleting a group, rule, app or assignment) are called out.
import diff from 'microdiff';

/** The part of an Okta resource spec a diff needs (see lib/okta for the full spec). */
export interface OktaSpecLike {
  readonly type: string;
  readonly name: string;
  readonly inputs: Readonly<Record<string, unknown>>;
}

export interface OktaResourceChange {
  readonly type: string;
  readonly name: string;
  readonly change: 'added' | 'changed' | 'removed';
  /** Changed input paths, e.g. `profile.title`. */
  readonly inputs: readonly string[];
  /** Set when applying it would remove access from people. */
  readonly deprovisions?: string;
}

export interface OktaStackDiff {
  readonly stack: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly changes: readonly OktaResourceChange[];
}

// Resource types whose deletion takes access away from people (membership or assignment).
const ACCESS_BEARING = /group|rule|app|assignment|membership|role/i;

/** `profile.title`, but `users` for any change inside a list: item positions mean nothing to a reviewer. */
const inputPath = (path: readonly (string | number)[]) => {
  const firstIndex = path.findIndex((p) => typeof p === 'number');
  return (firstIndex === -1 ? path : path.slice(0, firstIndex)).join('.');
};

const key = (s: OktaSpecLike) => `${s.type}\u0000${s.name}`;
const displayName = (s: OktaSpecLike) =>
  (s.inputs.name ?? s.inputs.label ?? s.inputs.login) as string | undefined;

export function diffOktaStack(
  stack: string,
  base: readonly OktaSpecLike[],
  head: readonly OktaSpecLike[],
): OktaStackDiff | undefined {
  const before = new Map(base.map((s) => [key(s), s]));
  const after = new Map(head.map((s) => [key(s), s]));
  const changes: OktaResourceChange[] = [];
  const addedNames = new Map<string, string>();
  for (const [k, s] of after)
    if (!before.has(k) && displayName(s)) addedNames.set(`${s.type}\u0000${displayName(s)}`, s.name);
  for (const [k, s] of after) {
    const old = before.get(k);
    if (!old) changes.push({ type: s.type, name: s.name, change: 'added', inputs: [] });
    else {
      const paths = [
        ...new Set(
          diff(old.inputs as Record<string, unknown>, s.inputs as Record<string, unknown>).map((d) =>
            inputPath(d.path),
          ),
        ),
      ].sort();
      if (paths.length > 0) changes.push({ type: s.type, name: s.name, change: 'changed', inputs: paths });
    }
  }
  for (const [k, s] of before) {
    if (after.has(k)) continue;
    const recreatedAs = displayName(s) && addedNames.get(`${s.type}\u0000${displayName(s)}`);
    const deprovisions = recreatedAs
      ? `recreated as ${recreatedAs}: members lose access until the new resource is in place`
      : ACCESS_BEARING.test(s.type)
        ? 'deleting it removes the access it grants'
        : undefined;
    changes.push({
      type: s.type,
      name: s.name,
      change: 'removed',
      inputs: [],
      ...(deprovisions ? { deprovisions } : {}),
    });
  }
  if (changes.length === 0) return undefined;
  changes.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  const count = (c: OktaResourceChange['change']) => changes.filter((x) => x.change === c).length;
  return { stack, added: count('added'), changed: count('changed'), removed: count('removed'), changes };
}

export function oktaDiff(
  base: Record<string, readonly OktaSpecLike[]>,
  head: Record<string, readonly OktaSpecLike[]>,
): OktaStackDiff[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return names
    .map((n) => diffOktaStack(n, base[n] ?? [], head[n] ?? []))
    .filter((d): d is OktaStackDiff => d !== undefined);
}

/** Okta resources that would be deleted. Users are retained on delete, so they are not counted. */
export const oktaDeletions = (diffs: readonly OktaStackDiff[]) =>
  diffs.reduce(
    (n, d) => n + d.changes.filter((c) => c.change === 'removed' && !/user:User$/i.test(c.type)).length,
    0,
  );
