// The access diff folded for reading: one row per person whose access changes in a
// privileged way, who joins or who leaves, and one row for each group of people sharing the
// same everyday change (the 40 members of a group gaining a new app are one row). Within a
// row, changes of one kind are listed together, with the reason once.
import type { AccessChange, AccessKind, PersonAccessDiff } from './access-diff';

export interface AccessLine {
  readonly sign: '+' | '−';
  readonly kind: AccessKind;
  /** The targets, in order: one when the line stands for a single change. */
  readonly targets: readonly string[];
  readonly reason: string;
  readonly privileged: boolean;
  readonly until?: string;
  /** For an elevation: `expires in 4 h (at 18:00 UTC)`. */
  readonly expires?: string;
}

export interface AccessRow {
  readonly people: readonly PersonAccessDiff[];
  readonly privileged: boolean;
  readonly lines: readonly AccessLine[];
}

const PLURAL: Record<AccessKind, string> = {
  group: 'groups',
  app: 'apps',
  aws: 'aws',
  'okta-admin-role': 'okta-admin-roles',
};
export const kindLabel = (line: AccessLine) => (line.targets.length > 1 ? PLURAL[line.kind] : line.kind);

function fold(sign: AccessLine['sign'], changes: readonly AccessChange[]): AccessLine[] {
  const out: AccessLine[] = [];
  const buckets = new Map<string, AccessChange[]>();
  for (const c of changes) {
    // AWS access folds by permission set and route, so "administrator in 6 accounts" is one line.
    const key =
      c.kind === 'aws'
        ? `aws\u0000${c.target.split('/')[1]}\u0000${c.via}\u0000${c.privileged}`
        : c.privileged || c.until || c.expires || c.reason.startsWith('explicit')
          ? `one\u0000${c.kind}\u0000${c.target}`
          : `${c.kind}\u0000${c.privileged}`;
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  for (const list of buckets.values()) {
    const first = list[0];
    const reasons = [...new Set(list.map((c) => c.reason))];
    const reason =
      reasons.length === 1
        ? reasons[0]
        : first.kind === 'group'
          ? 'by rule'
          : `via ${[...new Set(list.map((c) => c.via))].length > 1 ? 'their groups' : `group ${first.via}`}`;
    out.push({
      sign,
      kind: first.kind,
      targets:
        first.kind === 'aws'
          ? [`${first.target.split('/')[1]} in ${list.map((c) => c.target.split('/')[0]).join(', ')}`]
          : list.map((c) => c.target),
      reason,
      privileged: list.some((c) => c.privileged),
      ...(first.until ? { until: first.until } : {}),
      ...(first.expires ? { expires: first.expires } : {}),
    });
  }
  return out.sort((a, b) => Number(b.privileged) - Number(a.privileged));
}

const linesOf = (p: PersonAccessDiff) => [...fold('+', p.gains), ...fold('−', p.loses)];
const isPrivileged = (p: PersonAccessDiff) => [...p.gains, ...p.loses].some((c) => c.privileged);

export function accessRows(people: readonly PersonAccessDiff[]): AccessRow[] {
  const rows: AccessRow[] = [];
  const shared = new Map<string, { people: PersonAccessDiff[]; lines: AccessLine[] }>();
  for (const p of people) {
    const lines = linesOf(p);
    if (isPrivileged(p) || p.change !== 'changed' || p.status) {
      rows.push({ people: [p], privileged: isPrivileged(p), lines });
      continue;
    }
    const key = JSON.stringify(lines);
    const seen = shared.get(key);
    if (seen) seen.people.push(p);
    else shared.set(key, { people: [p], lines });
  }
  for (const { people: group, lines } of shared.values())
    rows.push({ people: group, privileged: false, lines });
  return rows;
}
