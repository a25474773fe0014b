// A person's lifecycle status in words a reviewer can act on, and whether they have left.
import type { Person } from '../model/org-model';

export function personStatusText(p: Person): string {
  switch (p.status) {
    case 'staged':
      return `staged, starts ${p.start}`;
    case 'active':
      return p.end === undefined ? 'active' : `active, leaves ${p.end}`;
    default:
      return `${p.status}, left ${p.end}`;
  }
}

export const hasLeft = (p: Person): boolean => p.status === 'suspended' || p.status === 'deprovisioned';
