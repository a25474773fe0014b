// The model to compare against when the base has no valid config (a first PR, or a base
// that was broken): the head's organisation with nobody and nothing in it, so everything
// shows as added.
import type { OrgModel } from '../model/org-model';

export function emptyModelLike(head: OrgModel): OrgModel {
  return {
    ...head,
    people: [],
    groups: [],
    apps: [],
    permissionSets: [],
    grants: [],
    oktaAdminRoles: [],
    breakGlass: [],
    access: {},
  };
}
