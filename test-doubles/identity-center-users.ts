// The Identity Center side of the example org as the lifecycle's in-memory AWS double
// (MemoryAwsAccessDenial) starts it: what Okta's Group Push would have created.
import { accessOf } from '../lib/lifecycle/access-of';
import type { LifecycleDirectory } from '../lib/lifecycle/lifecycle-directory';

/** An Identity Center user per person with AWS access, in one group per granted Okta group. */
export function identityCenterUsers(directory: LifecycleDirectory) {
  const granted = new Set(directory.grants.map((g) => g.group));
  return new Map(
    directory.people.map((p) => [
      p.email,
      {
        userId: `ic-${p.id}`,
        memberships: accessOf(directory, p.id, p)
          .groups.filter((g) => granted.has(g))
          .map((g) => ({ membershipId: `icm-${p.id}-${g}`, groupId: `icg-${g}` })),
      },
    ]),
  );
}
