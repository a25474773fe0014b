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

/** Access that spans pages of Okta's lists: `groups` (250) groups and 30 apps given by hand, 25 consent grants, and 60 group rules (two pages). */
export function giveIsabelPagesOfAccess(h: Harness, groups = 250): void {
  const user = h.state.findUser(ISABEL.email)!;
  const nth = (i: number) => String(i).padStart(3, '0');
  for (let i = 1; i <= groups; i++) {
    const group = { id: h.state.nextId('00g'), name: `Ad hoc ${nth(i)}`, type: 'OKTA_GROUP' as const };
    h.state.groups.push(group);
    h.state.members.set(group.id, new Set([user.id]));
  }
  for (let i = 1; i <= 30; i++)
    h.state.apps.push({
      id: h.state.nextId('0oa'),
      label: `Tool ${nth(i)}`,
      groupIds: [],
      userIds: [user.id],
    });
  const clientId = user.grants[0].clientId;
  for (let i = 1; i <= 24; i++)
    user.grants.push({ id: h.state.nextId('oag'), clientId, scopeId: 'okta.users.read' });
  // The 60th rule, on the second page of rules, manages the last ad-hoc group: it must stay.
  const last = h.state.groups.find((g) => g.name === `Ad hoc ${nth(groups)}`)!;
  for (let i = 1; i <= 60; i++)
    h.state.rules.push({
      id: h.state.nextId('0pr'),
      name: `Rule ${nth(i)}`,
      groupIds: i === 60 ? [last.id] : [],
      expression: 'user.department=="Nowhere"',
      matches: () => false,
    });
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
