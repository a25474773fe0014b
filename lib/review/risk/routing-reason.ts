// One reason a change needs an approval: which side must approve (or which team, for an
// item with an owner), in words a reviewer can check against the diff.
export interface RoutingReason {
  readonly side: 'it' | 'security';
  /** A specific owner team (by id), when the change names one; otherwise the side's team. */
  readonly team?: string;
  readonly reason: string;
}

/** `A, B, C and 2 more`: names listed up to a limit. */
export function someOf(names: readonly string[], max = 3): string {
  const sorted = [...names].sort();
  const more = sorted.length - max;
  return `${sorted.slice(0, max).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
