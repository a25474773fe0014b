// The example org's leaver, isabel-santos (Sales, last day 2026-11-13), with the extra
// access people pick up outside the config: added by hand to an explicit group and to an
// ad-hoc Okta group, a directly assigned app, and an IAM Identity Center group.
import type { Harness } from './lifecycle-harness';

export const ISABEL = {
  id: 'isabel-santos',
  email: 'isabel.santos@acme.example',
  lastDay: '2026-11-13',
} as const;
export const ISABEL_CASE = 'offboard/isabel-santos/2026-11-13';

export function giveIsabelExtraAccess(h: Harness): void {
  const user = h.state.findUser(ISABEL.email)!;
  const dataAnalysts = h.state.groups.find((g) => g.name === 'Data Analysts')!;
  h.state.members.get(dataAnalysts.id)!.add(user.id);
  const adHoc = { id: h.state.nextId('00g'), name: 'Sales Leads (ad hoc)', type: 'OKTA_GROUP' as const };
  h.state.groups.push(adHoc);
  h.state.members.set(adHoc.id, new Set([user.id]));
  h.state.apps.find((a) => a.label === 'Figma')!.userIds.push(user.id);
  h.aws.add(ISABEL.email, { membershipId: 'icm-isabel-data', groupId: 'icg-data-analysts' });
}

export function isabelInOkta(h: Harness) {
  const user = h.state.findUser(ISABEL.email)!;
  return {
    status: user.status,
    sessions: user.sessions,
    factors: user.factors.length,
    grants: user.grants.length,
    clients: h.state.clientsOf(user),
    groups: h.state
      .groupsOf(user)
      .map((g) => g.name)
      .sort(),
    apps: h.state
      .appsOf(user)
      .map((a) => `${a.app.label} (${a.scope})`)
      .sort(),
  };
}
