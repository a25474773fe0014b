// Guards against YAML alias bombs ("billion laughs"): a few lines of anchors and aliases
// that the parser shares by reference but that expand to billions of values as soon as
// anything walks the data (schema checks, diagnostics). Measured on the parsed data in
// linear time, before anything else reads it.

/** How many values aliases may add beyond those written out in the file. */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * Whether aliases make `data` expand to more than `limit` values beyond the distinct ones
 * (a cycle, an alias inside its own anchor, expands without end).
 */
export function aliasExpansionExceeds(data: unknown, limit = MAX_ALIAS_EXPANSION): boolean {
  const sizes = new Map<object, number>();
  const inProgress = new Set<object>();
  // Expanded size of a value, memoized per object so shared (aliased) objects cost once.
  const size = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (inProgress.has(value)) return Number.POSITIVE_INFINITY;
    inProgress.add(value);
    let total = 1;
    for (const child of Object.values(value)) total += size(child);
    inProgress.delete(value);
    sizes.set(value, total);
    return total;
  };
  const expanded = size(data);
  const distinct = sizes.size + countScalars(data, new Set());
  return expanded - distinct > limit;
}

/** Scalars reachable without expanding aliases (each shared object counted once). */
function countScalars(value: unknown, seen: Set<object>): number {
  if (typeof value !== 'object' || value === null) return 1;
  if (seen.has(value)) return 0;
  seen.add(value);
  let total = 0;
  for (const child of Object.values(value)) total += countScalars(child, seen);
  return total;
}
