// Ends an elevated grant on its minute: the group's Identity Center account assignments of
// the permission set go, in every account the grant names, and the sessions that permission
// set issued there before the end end too (Security's session revocation, scoped to that
// role in those accounts). The same discipline as a membership's end (expire-elevation.ts):
// each step reads the state first and changes only what is still there, through makeChange,
// with a write-ahead audit record, so a retry or a second run changes nothing twice. The
// stack's assignment resources stay until the next deploy, whose model no longer holds the
// grant: CloudFormation then deletes what is already gone.
import type { AuditStore } from '../audit/audit-store';
import { runAudited, type StepReport } from '../audited-step';
import type { IdentityCenterGroups } from '../aws-access/identity-center-groups';
import type { GrantSessionRevocation } from '../aws-access/session-revocation';
import type { Clock } from '../clock';
import { makeChange } from '../offboarding/make-change';
import type { IdentityCenterAssignments } from './account-assignments';
import { elevationCaseId, GRANT_EXPIRY_STEPS, type GrantExpiryRequest } from './elevation-case';
import type { ElevationExpiryReport } from './expire-elevation';
import { openExpiry } from './expiry-opening';

export interface GrantExpiryDeps {
  readonly assignments: IdentityCenterAssignments;
  readonly groups: IdentityCenterGroups;
  readonly sessions: GrantSessionRevocation;
  readonly audit: AuditStore;
  readonly clock: Clock;
}

export async function expireGrant(
  deps: GrantExpiryDeps,
  request: GrantExpiryRequest,
  /** Who runs it: `scheduler:<function>`, `deploy:<function>`, `cli:<user>`. */
  actor: string,
): Promise<ElevationExpiryReport> {
  const caseId = elevationCaseId(request.key, request.expiresAt);
  const history = await deps.audit.list(caseId);
  const base = (step: string) => ({ caseId, workflow: 'elevation' as const, step, actor });
  const steps: StepReport[] = [];
  const opening = await openExpiry(deps, request, GRANT_EXPIRY_STEPS, base, 'the elevated grant');
  steps.push(...opening.steps);
  if (!opening.due) return { caseId, steps };
  const [assignmentsStep, sessionsStep] = GRANT_EXPIRY_STEPS;
  const accountIds = [...request.accountIds].sort();

  let groupId: string | undefined;
  steps.push(
    await runAudited(
      deps,
      base(assignmentsStep),
      async (log) => {
        groupId = await deps.groups.groupId(request.groupName);
        if (groupId === undefined)
          return { outcome: 'unchanged', note: `no IAM Identity Center group "${request.groupName}"` };
        const of = (accountId: string) => ({
          permissionSetArn: request.permissionSetArn,
          accountId,
          groupId: groupId!,
        });
        const held: string[] = [];
        for (const accountId of accountIds)
          if (await deps.assignments.holds(of(accountId))) held.push(accountId);
        if (held.length === 0)
          return { outcome: 'unchanged', before: { accounts: [] }, after: { accounts: [] } };
        for (const accountId of held)
          await makeChange(deps, log, {
            describe: `remove the IAM Identity Center assignment of ${request.permissionSet} to ${request.groupName} in ${accountId}`,
            isDone: async () => !(await deps.assignments.holds(of(accountId))),
            send: () => deps.assignments.remove(of(accountId)),
            // The SDK has retried what it can; whatever failed is checked against Identity Center.
            ambiguous: () => true,
          });
        return { outcome: 'changed', before: { accounts: held }, after: { accounts: [] } };
      },
      history,
    ),
  );

  steps.push(
    await runAudited(
      deps,
      base(sessionsStep),
      async (log) => {
        if (groupId === undefined) return { outcome: 'unchanged', note: 'no IAM Identity Center group' };
        // Sessions issued up to now (the assignments are gone, so no later one can be); a run
        // again keeps the first run's instant, so the deny list gets one entry.
        const earlier = history
          .filter((r) => r.step === sessionsStep && (r.outcome === 'changed' || r.outcome === 'unchanged'))
          .map((r) => (r.after as { issuedBefore?: string } | undefined)?.issuedBefore)
          .find((at) => at !== undefined);
        const issuedBefore = earlier ?? new Date(deps.clock.now()).toISOString();
        const result = await deps.sessions.revokeGrant({
          groupId,
          permissionSet: request.permissionSet,
          permissionSetArn: request.permissionSetArn,
          accountIds,
          issuedBefore,
          caseId,
          requestedBy: actor,
        });
        log.add({ requestId: result.requestId });
        return {
          outcome: result.outcome === 'revoked' ? 'changed' : 'unchanged',
          after: {
            permissionSet: request.permissionSet,
            accountIds,
            issuedBefore,
            deniedUntil: result.deniedUntil,
          },
        };
      },
      history,
    ),
  );
  return { caseId, steps };
}
