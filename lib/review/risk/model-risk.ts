// Routing from what a config change does to people and apps, read from base AND head: the
// email (Okta login) of anyone holding privileged access, such a person made active again or
// kept longer (their end date removed or moved later), a contractor relabelled (out of the
// contractor guardrail's reach), a Security team taken off the leaver
// notifications, an app re-added under a new id for the same SSO target with less MFA or risk, any change to the AWS Identity
// Center sign-in app (added, changed or removed), an app losing its MFA requirement or moving to a lower risk tier.
import { isDeepStrictEqual } from 'node:util';
import type { App, OrgModel, PersonStatus, RiskTier } from '../../model/org-model';
import { identityCenterApps } from '../../okta/specs/identity-center-app';
import { privilegedHolders } from './privileged-holders';
import type { RoutingReason } from './routing-reason';

const TIERS: readonly RiskTier[] = ['low', 'medium', 'high', 'critical'];
/** From no access to full access: a move up this list gives a person's access back. */
const LIVENESS: readonly PersonStatus[] = ['deprovisioned', 'suspended', 'staged', 'active'];

export function modelRiskReasons(base: OrgModel, head: OrgModel): RoutingReason[] {
  const out: RoutingReason[] = [];
  const holders = new Map([...privilegedHolders(base), ...privilegedHolders(head)]);
  const basePeople = new Map(base.people.map((p) => [p.id, p]));
  for (const p of head.people) {
    const was = basePeople.get(p.id);
    const holds = holders.get(p.id);
    if (was && holds && was.email !== p.email)
      out.push({
        side: 'security',
        reason: `person ${p.id} email ${was.email} → ${p.email} (their Okta login; holds ${holds})`,
      });
    // A leaver made active again, or kept longer, holds their privileged access again or longer.
    const revived = was && LIVENESS.indexOf(p.status) > LIVENESS.indexOf(was.status);
    const later = was?.end !== undefined && (p.end === undefined || p.end > was.end);
    if (was && holds && (revived || later)) {
      const what = [
        revived && `status ${was.status} → ${p.status}`,
        later && `end ${was.end} → ${p.end ?? 'none'}`,
      ].filter(Boolean);
      out.push({ side: 'security', reason: `person ${p.id} ${what.join(', ')} (holds ${holds})` });
    }
  }
  // The contractor guardrail keys on the employment type, IT's data: relabelling a contractor
  // takes them out of its reach (a later pull request, IT's alone, can then add them to a group
  // it forbids), so it is Security's while the guardrail lists any group.
  const forbidden = [
    ...new Set([
      ...base.guardrails.contractors.forbiddenGroups,
      ...head.guardrails.contractors.forbiddenGroups,
    ]),
  ];
  for (const p of head.people) {
    const was = basePeople.get(p.id);
    if (forbidden.length > 0 && was?.type === 'contractor' && p.type !== 'contractor')
      out.push({
        side: 'security',
        reason: `person ${p.id} type ${was.type} → ${p.type} (out of reach of guardrails.contractors.forbiddenGroups: ${forbidden.join(', ')})`,
      });
  }
  const awsApps = new Set(
    [...identityCenterApps(base.apps), ...identityCenterApps(head.apps)].map((a) => a.id),
  );
  const baseApps = new Map(base.apps.map((a) => [a.id, a]));
  for (const app of head.apps) {
    const was = baseApps.get(app.id);
    if (!was) continue;
    const changed = !isDeepStrictEqual({ ...was, at: 0 }, { ...app, at: 0 });
    if (changed && awsApps.has(app.id))
      out.push({ side: 'security', reason: `app ${app.id} changed (the AWS Identity Center sign-in app)` });
    if (was.mfaRequired && !app.mfaRequired)
      out.push({ side: 'security', reason: `app ${app.id} no longer requires MFA` });
    if (TIERS.indexOf(app.risk) < TIERS.indexOf(was.risk))
      out.push({ side: 'security', reason: `app ${app.id} risk lowered ${was.risk} → ${app.risk}` });
  }
  // A new id for the same service (its SSO target) does not start its history afresh.
  const byTarget = new Map(base.apps.map((a) => [ssoTarget(a), a]));
  for (const app of head.apps) {
    const was = baseApps.has(app.id) ? undefined : byTarget.get(ssoTarget(app));
    if (!was) continue;
    const lost = [
      was.mfaRequired && !app.mfaRequired && 'no longer requires MFA',
      TIERS.indexOf(app.risk) < TIERS.indexOf(was.risk) && `risk lowered ${was.risk} → ${app.risk}`,
    ].filter(Boolean);
    if (lost.length > 0)
      out.push({
        side: 'security',
        reason: `app ${app.id} takes over from app ${was.id} (same SSO target ${ssoTarget(app)}): ${lost.join('; ')}`,
      });
  }
  // Who is told of leavers is IT's to widen, not to take Security off.
  const securityTeams = new Set(head.teams.filter((t) => t.side === 'security').map((t) => t.id));
  for (const team of base.lifecycle.offboarding.notify)
    if (securityTeams.has(team) && !head.lifecycle.offboarding.notify.includes(team))
      out.push({
        side: 'security',
        reason: `lifecycle offboarding no longer notifies ${team} (a Security team)`,
      });
  for (const app of head.apps)
    if (awsApps.has(app.id) && !baseApps.has(app.id))
      out.push({ side: 'security', reason: `app ${app.id} added (the AWS Identity Center sign-in app)` });
  for (const app of base.apps)
    if (awsApps.has(app.id) && !head.apps.some((a) => a.id === app.id))
      out.push({ side: 'security', reason: `app ${app.id} removed (the AWS Identity Center sign-in app)` });
  return out;
}

/** Where an app signs people in, normalised: what makes two app entries the same service. */
function ssoTarget(app: App): string {
  const sso = app.sso;
  const raw =
    sso.type === 'saml' ? sso.ssoUrl : sso.type === 'oidc' ? [...sso.redirectUris].sort().join(' ') : sso.url;
  return raw.trim().toLowerCase().replace(/\/+$/, '');
}
