// Who holds privileged access in a model, and through what: a privileged group (which
// includes every Okta admin role, since roles go to privileged groups), a privileged
// permission set, or any access into the management, log-archive or audit account.
import type { OrgModel } from '../../model/org-model';
import { sensitiveAccounts } from '../../model/sensitive-accounts';

const cache = new WeakMap<OrgModel, ReadonlyMap<string, string>>();

/** Person id → what privileged access they hold (the first found), computed once per model. */
export function privilegedHolders(model: OrgModel): ReadonlyMap<string, string> {
  const cached = cache.get(model);
  if (cached) return cached;
  const groups = new Set(model.groups.filter((g) => g.privileged).map((g) => g.id));
  const roleGroups = new Set(model.oktaAdminRoles.map((r) => r.group));
  const sets = new Set(model.permissionSets.filter((s) => s.privileged).map((s) => s.id));
  const sensitive = sensitiveAccounts(model);
  const out = new Map<string, string>();
  for (const [person, access] of Object.entries(model.access)) {
    const group = access.groups.find((g) => groups.has(g.group) || roleGroups.has(g.group));
    const aws = access.aws.find((a) => sets.has(a.permissionSet) || sensitive.has(a.account));
    const why = group
      ? `privileged group ${group.group}`
      : aws
        ? `privileged AWS access ${aws.account}/${aws.permissionSet}`
        : undefined;
    if (why) out.set(person, why);
  }
  cache.set(model, out);
  return out;
}
