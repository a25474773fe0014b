// The Okta operations the joiner/mover/leaver workflows need, as plain data in and out.
// Steps depend on this interface; `SdkOktaDirectory` implements it on the Okta SDK.

export type OktaUserStatus =
  | 'ACTIVE'
  | 'DEPROVISIONED'
  | 'LOCKED_OUT'
  | 'PASSWORD_EXPIRED'
  | 'PROVISIONED'
  | 'RECOVERY'
  | 'STAGED'
  | 'SUSPENDED';

export interface OktaUser {
  readonly id: string;
  readonly login: string;
  readonly status: OktaUserStatus;
  /** When the status last changed (ISO timestamp), if Okta says. */
  readonly statusChanged?: string;
  readonly profile: {
    readonly department?: string;
    readonly title?: string;
    readonly userType?: string;
  };
}

export interface OktaGroupRef {
  readonly id: string;
  readonly name: string;
  /** OKTA_GROUP (managed in Okta), APP_GROUP (imported from a directory), BUILT_IN (Everyone). */
  readonly type: string;
}

export interface OktaAppAssignment {
  readonly appId: string;
  readonly label: string;
  /** USER: assigned to the person directly; GROUP: through one of their groups. */
  readonly scope: 'USER' | 'GROUP';
}

export interface OktaRoleAssignment {
  /** The role assignment's id. */
  readonly id: string;
  /** SUPER_ADMIN, ORG_ADMIN, ..., or CUSTOM. */
  readonly type: string;
  readonly label: string;
  /** USER: assigned to the person directly; GROUP: held through one of their groups. */
  readonly assignmentType: 'USER' | 'GROUP';
}

/** What a mutating call returns: the ids of the Okta requests that made the change. */
export interface OktaChange {
  readonly requestIds: readonly string[];
}

export interface OktaDirectory {
  /** By id or login; undefined when no such user exists. */
  findUser(idOrLogin: string): Promise<OktaUser | undefined>;
  suspendUser(userId: string): Promise<OktaChange>;
  /** LOCKED_OUT → ACTIVE (so the user can then be suspended). */
  unlockUser(userId: string): Promise<OktaChange>;
  activateUser(userId: string): Promise<OktaChange>;
  deactivateUser(userId: string): Promise<OktaChange>;
  revokeSessions(userId: string): Promise<OktaChange>;
  listGrantIds(userId: string): Promise<string[]>;
  revokeGrants(userId: string): Promise<OktaChange>;
  /** OAuth clients the user holds tokens or grants for. */
  listTokenClientIds(userId: string): Promise<string[]>;
  revokeClientTokens(userId: string, clientId: string): Promise<OktaChange>;
  listFactorIds(userId: string): Promise<string[]>;
  resetFactors(userId: string): Promise<OktaChange>;
  listUserGroups(userId: string): Promise<OktaGroupRef[]>;
  /** Ids of the groups active group rules assign people to (Okta's own record of rule-managed groups). */
  ruleManagedGroupIds(): Promise<ReadonlySet<string>>;
  removeFromGroup(groupId: string, userId: string): Promise<OktaChange>;
  /** Adds the user to an OKTA_GROUP (a break-glass elevation). */
  addToGroup(groupId: string, userId: string): Promise<OktaChange>;
  /** An OKTA_GROUP by its exact name, undefined when there is none. */
  findGroup(name: string): Promise<OktaGroupRef | undefined>;
  listAppAssignments(userId: string): Promise<OktaAppAssignment[]>;
  /** How the user holds one app: USER (directly), GROUP (through a group), or undefined (not at all). */
  appAssignmentScope(appId: string, userId: string): Promise<'USER' | 'GROUP' | undefined>;
  unassignApp(appId: string, userId: string): Promise<OktaChange>;
  /** The user's admin roles, direct and through groups (scope okta.roles.read). */
  listUserRoles(userId: string): Promise<OktaRoleAssignment[]>;
  /** Unassigns a role assigned to the user directly (scope okta.roles.manage). */
  unassignUserRole(userId: string, roleAssignmentId: string): Promise<OktaChange>;
}
