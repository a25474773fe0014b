// Which config items a change adds, removes or modifies (by id), with the side and owner
// team of each: the input to approvals and to the plan's "what changed" list.
import { isDeepStrictEqual } from 'node:util';
import type { OrgModel, Side } from '../model/org-model';
import { sensitiveAccounts } from '../model/sensitive-accounts';

export type ItemKind =
  | 'person'
  | 'group'
  | 'app'
  | 'permission-set'
  | 'grant'
  | 'okta-admin-role'
  | 'break-glass'
  | 'account'
  | 'team'
  | 'logging'
  | 'monitoring'
  | 'guardrails'
  | 'lifecycle';

export interface ItemChange {
  readonly kind: ItemKind;
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly side: Side;
  /** Owner team id, when the item names one. */
  readonly owner?: string;
  /** The base's owner team and side, when the change moves the item to another owner or side. */
  readonly previousOwner?: string;
  readonly previousSide?: Side;
  /** Privileged in the base or the head. */
  readonly privileged: boolean;
}

interface Keyed {
  id: string;
  side: Side;
  owner?: string;
  privileged: boolean;
  value: unknown;
}

const strip = ({ at: _at, members: _m, expired: _e, status: _s, ...rest }: Record<string, unknown>) => rest;

function items(model: OrgModel): Map<string, Keyed & { kind: ItemKind }> {
  const out = new Map<string, Keyed & { kind: ItemKind }>();
  const add = (kind: ItemKind, item: Keyed) => out.set(`${kind}:${item.id}`, { ...item, kind });
  for (const p of model.people)
    add('person', { id: p.id, side: 'it', privileged: false, value: strip({ ...p }) });
  for (const g of model.groups) {
    // Explicit memberships are part of the group; rule-based ones follow people and show in the access diff.
    const explicit = g.members.filter((m) => m.via === 'explicit').map(({ at: _at, ...m }) => m);
    add('group', {
      id: g.id,
      side: g.side,
      owner: g.owner,
      privileged: g.privileged,
      value: { ...strip({ ...g }), explicit },
    });
  }
  for (const a of model.apps)
    add('app', { id: a.id, side: 'it', owner: a.owner, privileged: false, value: strip({ ...a }) });
  // Any access into the management, log-archive or audit account is privileged, and so is
  // the permission set it uses there.
  const sensitive = sensitiveAccounts(model);
  const intoSensitive = model.grants.filter((g) => g.accounts.some((a) => sensitive.has(a)));
  const setsInSensitive = new Set(intoSensitive.map((g) => g.permissionSet));
  const privilegedSets = new Set(model.permissionSets.filter((s) => s.privileged).map((s) => s.id));
  for (const s of model.permissionSets)
    add('permission-set', {
      id: s.id,
      side: s.side,
      privileged: s.privileged || setsInSensitive.has(s.id),
      value: strip({ ...s }),
    });
  for (const g of model.grants) {
    add('grant', {
      id: `${g.group}/${g.permissionSet}`,
      side: g.side,
      privileged: g.side === 'security' || privilegedSets.has(g.permissionSet) || intoSensitive.includes(g),
      value: { ...strip({ ...g }) },
    });
  }
  for (const r of model.oktaAdminRoles)
    add('okta-admin-role', { id: `${r.group}/${r.role}`, side: 'security', privileged: true, value: r.role });
  for (const b of model.breakGlass)
    add('break-glass', { id: b.id, side: 'security', privileged: true, value: strip({ ...b }) });
  for (const a of model.aws.accounts)
    add('account', { id: a.id, side: 'security', privileged: false, value: strip({ ...a }) });
  for (const t of model.teams)
    add('team', { id: t.id, side: 'security', privileged: false, value: strip({ ...t }) });
  add('logging', { id: 'logging', side: 'security', privileged: false, value: model.logging });
  add('monitoring', { id: 'monitoring', side: 'security', privileged: false, value: model.monitoring });
  add('guardrails', { id: 'guardrails', side: 'security', privileged: false, value: model.guardrails });
  add('lifecycle', { id: 'lifecycle', side: 'it', privileged: false, value: model.lifecycle });
  return out;
}

export function itemChanges(base: OrgModel, head: OrgModel): ItemChange[] {
  const before = items(base);
  const after = items(head);
  const out: ItemChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(key);
    const a = after.get(key);
    const change = !b
      ? 'added'
      : !a
        ? 'removed'
        : isDeepStrictEqual(b.value, a.value)
          ? undefined
          : 'changed';
    if (!change) continue;
    const item = (a ?? b)!;
    const moved = a && b;
    out.push({
      kind: item.kind,
      id: item.id,
      change,
      side: item.side,
      ...(item.owner ? { owner: item.owner } : {}),
      ...(moved && b.owner && b.owner !== a.owner ? { previousOwner: b.owner } : {}),
      ...(moved && b.side !== a.side ? { previousSide: b.side } : {}),
      privileged: Boolean(a?.privileged || b?.privileged),
    });
  }
  return out;
}
