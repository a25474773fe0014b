// The Identity Center account assignments a side's grants expand to: one per
// (group, permission set, account), deduplicated and sorted, each with everything the CDK
// resource needs. Pure, so sharding and tests work on plain data.

import type { OrgModel } from '../model/org-model';
import type { OwnerSlice } from '../model/partition';
import { accountById } from './org-accounts';

export interface AccountAssignment {
  /** Config ids: the stable key, and the construct path (group/permissionSet/account). */
  readonly group: string;
  readonly permissionSet: string;
  readonly account: string;
  readonly accountId: string;
}

export const assignmentKey = (a: Pick<AccountAssignment, 'group' | 'permissionSet' | 'account'>) =>
  `${a.group}/${a.permissionSet}/${a.account}`;

export function assignmentsFromGrants(model: OrgModel, slice: OwnerSlice): AccountAssignment[] {
  const byKey = new Map<string, AccountAssignment>();
  for (const grant of slice.grants) {
    for (const account of grant.accounts) {
      const a = {
        group: grant.group,
        permissionSet: grant.permissionSet,
        account,
        accountId: accountById(model, account).accountId,
      };
      byKey.set(assignmentKey(a), a);
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, a]) => a);
}
