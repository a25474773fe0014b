// Okta caps some names (group rules: 50 characters). A longer name is cut and given a
// short hash of the whole, so it stays unique and stable.
import { createHash } from 'node:crypto';

export function boundedName(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, max - 9)}-${hash}`;
}
