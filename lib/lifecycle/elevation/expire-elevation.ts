// Ends an elevation on its minute: the person leaves the Okta group, leaves the pushed
// Identity Center group at once (not at Okta's next push), and the sessions its permission
// sets issued end (Security's session revocation, scoped to those roles). Each step reads
// the state first and changes only what is still there, through makeChange, with a
// write-ahead audit record: run it twice, or after a lost answer, and nothing happens twice.
import type { AuditStore } from '../audit/audit-store';
import { runAudited, type StepReport } from '../audited-step';
import type { AwsAccessDenial } from '../aws-access/aws-access-denial';
import type { IdentityCenterGroups } from '../aws-access/identity-center-groups';
import type { ElevationSessionRevocation } from '../aws-access/session-revocation';
import type { Clock } from '../clock';
import { makeChange } from '../offboarding/make-change';
import type { OktaDirectory } from '../okta/okta-directory';
import { ELEVATION_EXPIRY_STEPS, type ElevationExpiryRequest, elevationCaseId } from './elevation-case';
import { openExpiry } from './expiry-opening';

export interface ElevationDeps {
  readonly okta: Pick<OktaDirectory, 'findUser' | 'listUserGroups' | 'removeFromGroup'>;
  readonly aws: AwsAccessDenial;
  readonly groups: IdentityCenterGroups;
  readonly sessions: ElevationSessionRevocation;
  readonly audit: AuditStore;
  readonly clock: Clock;
}

export interface ElevationExpiryReport {
  readonly caseId: string;
  readonly steps: readonly StepReport[];
}

export async function expireElevation(
  deps: ElevationDeps,
  request: ElevationExpiryRequest,
  /** Who runs it: `scheduler:<schedule name>`, `cli:<user>`. */
  actor: string,
): Promise<ElevationExpiryReport> {
  const caseId = elevationCaseId(request.key, request.expiresAt);
  const history = await deps.audit.list(caseId);
  const base = (step: string) => ({
    caseId,
    workflow: 'elevation' as const,
    step,
    actor,
    personId: request.person,
  });
  const steps: StepReport[] = [];
  const [oktaStep, icStep, sessionsStep] = ELEVATION_EXPIRY_STEPS;
  const opening = await openExpiry(deps, request, ELEVATION_EXPIRY_STEPS, base, 'the elevation');
  steps.push(...opening.steps);
  if (!opening.due) return { caseId, steps };

  steps.push(
    await runAudited(
      deps,
      base(oktaStep),
      async (log) => {
        const user = await deps.okta.findUser(request.login);
        if (!user) return { outcome: 'unchanged', note: `no Okta user ${request.login}` };
        const inGroup = async () =>
          (await deps.okta.listUserGroups(user.id)).find(
            (g) => g.name === request.groupName && g.type === 'OKTA_GROUP',
          );
        const group = await inGroup();
        const before = { member: group !== undefined };
        if (!group) return { outcome: 'unchanged', before, after: before };
        await makeChange(deps, log, {
          describe: `remove ${request.login} from the Okta group ${request.groupName}`,
          isDone: async () => (await inGroup()) === undefined,
          send: () => deps.okta.removeFromGroup(group.id, user.id),
        });
        return { outcome: 'changed', before, after: { member: false } };
      },
      history,
    ),
  );

  let identityCenter: { userId: string; groupId: string } | undefined;
  steps.push(
    await runAudited(
      deps,
      base(icStep),
      async (log) => {
        const [access, groupId] = await Promise.all([
          deps.aws.findAccess(request.login),
          deps.groups.groupId(request.groupName),
        ]);
        if (access.userId === undefined) return { outcome: 'unchanged', note: 'no IAM Identity Center user' };
        if (groupId === undefined)
          return { outcome: 'unchanged', note: `no IAM Identity Center group "${request.groupName}"` };
        identityCenter = { userId: access.userId, groupId };
        const held = access.memberships.filter((m) => m.groupId === groupId);
        const before = { member: held.length > 0 };
        if (held.length === 0) return { outcome: 'unchanged', before, after: before };
        for (const m of held)
          await makeChange(deps, log, {
            describe: `remove ${request.login}'s IAM Identity Center membership ${m.membershipId}`,
            isDone: async () =>
              !(await deps.aws.findAccess(request.login)).memberships.some(
                (x) => x.membershipId === m.membershipId,
              ),
            send: () => deps.aws.removeMembership(m.membershipId),
            // The AWS SDK has retried what it can; whatever failed is checked against the Identity Store.
            ambiguous: () => true,
          });
        return { outcome: 'changed', before, after: { member: false } };
      },
      history,
    ),
  );

  steps.push(
    await runAudited(
      deps,
      base(sessionsStep),
      async (log) => {
        if (request.permissionSets.length === 0)
          return { outcome: 'unchanged', note: 'the group is granted no permission set' };
        if (!identityCenter) return { outcome: 'unchanged', note: 'no IAM Identity Center user or group' };
        // Sessions issued up to now (the memberships are gone, so no later one can be).
        const issuedBefore = new Date(deps.clock.now()).toISOString();
        const result = await deps.sessions.revokeElevation({
          identityStoreUserId: identityCenter.userId,
          groupId: identityCenter.groupId,
          permissionSets: request.permissionSets,
          issuedBefore,
          caseId,
          requestedBy: actor,
        });
        log.add({ requestId: result.requestId });
        return {
          outcome: result.outcome === 'revoked' ? 'changed' : 'unchanged',
          after: {
            permissionSets: [...request.permissionSets].sort(),
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
