// Splits the model by owner: what IT ships itself and what Security guards. Each stack
// (CDK and Pulumi) receives only its owner's slice.
import type { OrgModel, Side } from './org-model';

/** The part of the model one owner deploys: the same collections, filtered to its side. */
export interface OwnerSlice
  extends Pick<
    OrgModel,
    'people' | 'groups' | 'apps' | 'permissionSets' | 'grants' | 'oktaAdminRoles' | 'breakGlass'
  > {
  readonly side: Side;
}

export function ownerSlice(model: OrgModel, side: Side): OwnerSlice {
  const mine = <T extends { side: Side }>(items: readonly T[]) => items.filter((i) => i.side === side);
  return {
    side,
    // People, apps and the joiner/mover/leaver automation are IT's service.
    people: side === 'it' ? model.people : [],
    apps: side === 'it' ? model.apps : [],
    groups: mine(model.groups),
    permissionSets: mine(model.permissionSets),
    grants: mine(model.grants),
    // Okta admin roles and break-glass principals are guardrails.
    oktaAdminRoles: side === 'security' ? model.oktaAdminRoles : [],
    breakGlass: side === 'security' ? model.breakGlass : [],
  };
}

export function partitionByOwner(model: OrgModel): Readonly<Record<Side, OwnerSlice>> {
  return { it: ownerSlice(model, 'it'), security: ownerSlice(model, 'security') };
}
