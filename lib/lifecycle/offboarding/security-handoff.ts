// What IT's lifecycle credential may not do, and Security must. IT's Okta admin scope
// (lib/okta/it-admin-scope.ts) never covers admin roles, privileged groups or Security's
// apps, so Okta answers 403 to a leaver's change there. Such a change is recorded
// not-applied with why (after reading Okta: it is not made), the case goes on — the user
// is already suspended, so nothing can be signed in to, and Okta revokes admin roles at
// deactivation — and the offboarding notice hands the list to Security, once.
import type { AuditRecord } from '../audit/audit-store';
import type { Clock } from '../clock';
import type { StepLog } from '../lifecycle-step';
import { oktaStatusOf } from '../okta/okta-errors';
import { ChangeRefusedError, type ChangeSpec, makeChange } from './make-change';

/** How every hand-off's note starts. */
export const OUTSIDE_IT_SCOPE = "outside IT's Okta admin scope (HTTP 403)";
export const SECURITY_TO_REMOVE = `${OUTSIDE_IT_SCOPE}: Security's to remove`;
export const ROLES_UNREADABLE = `${OUTSIDE_IT_SCOPE}: IT's credential may not list admin roles; Security's to check for roles assigned directly and remove them`;

/** Okta refused a call as beyond the credential's admin role or scopes. */
export const isForbidden = (error: unknown): boolean => oktaStatusOf(error) === 403;

/** Makes the change; when Okta refuses it as outside IT's scope, leaves it (on record) to Security. */
export async function changeOrHandOff(
  deps: { readonly clock: Clock },
  log: StepLog,
  spec: Omit<ChangeSpec, 'whenForbidden'>,
): Promise<'made' | 'handed-off'> {
  try {
    await makeChange(deps, log, { ...spec, whenForbidden: SECURITY_TO_REMOVE });
    return 'made';
  } catch (error) {
    if (error instanceof ChangeRefusedError && error.status === 403) return 'handed-off';
    throw error;
  }
}

/** The case's changes left to Security: those whose last record is a hand-off. */
export function handedToSecurity(history: readonly AuditRecord[]): string[] {
  const last = new Map<string, AuditRecord>();
  for (const r of history) if (r.change !== undefined) last.set(r.change, r);
  return [...last.values()]
    .filter((r) => r.outcome === 'not-applied' && r.note?.startsWith(OUTSIDE_IT_SCOPE))
    .map((r) => r.change!)
    .sort();
}
