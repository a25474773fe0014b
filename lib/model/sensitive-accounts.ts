// The accounts where any access at all is privileged: the management account (it governs
// the organization), the log archive (the evidence) and audit (Security's tooling), by their
// role in config/org.yaml.
import type { OrgModel } from './org-model';
import { SENSITIVE_ACCOUNT_ROLES } from './privilege-escalation';

export function sensitiveAccounts(model: Pick<OrgModel, 'aws'>): ReadonlyMap<string, string> {
  return new Map(
    model.aws.accounts.filter((a) => SENSITIVE_ACCOUNT_ROLES.includes(a.role)).map((a) => [a.id, a.role]),
  );
}
