// `OktaDirectory` on the Okta SDK. Reads page through collections; every mutation is
// wrapped so it returns the X-Okta-Request-Id of the request that made it.
import type { Client, Collection } from '@okta/okta-sdk-nodejs';
import type { Clock } from '../clock';
import { withRequestIds } from './okta-call-tracker';
import type {
  OktaAppAssignment,
  OktaChange,
  OktaDirectory,
  OktaGroupRef,
  OktaRoleAssignment,
  OktaUser,
} from './okta-directory';

/** How long the list of group rules is reused: they change on deploys, not during a run. */
const RULES_TTL_MS = 5 * 60_000;

export class SdkOktaDirectory implements OktaDirectory {
  private rules?: { readonly at: number; readonly groupIds: Promise<ReadonlySet<string>> };

  constructor(
    private readonly client: Client,
    private readonly clock: Clock,
  ) {}

  async findUser(idOrLogin: string): Promise<OktaUser | undefined> {
    try {
      const user = await this.client.userApi.getUser({ userId: idOrLogin });
      const profile = user.profile ?? {};
      return {
        id: user.id!,
        login: profile.login ?? idOrLogin,
        status: user.status as OktaUser['status'],
        ...(user.statusChanged ? { statusChanged: new Date(user.statusChanged).toISOString() } : {}),
        profile: {
          ...(profile.department ? { department: profile.department } : {}),
          ...(profile.title ? { title: profile.title } : {}),
          ...(profile.userType ? { userType: profile.userType } : {}),
        },
      };
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  suspendUser(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.suspendUser({ userId }));
  }

  unlockUser(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.unlockUser({ userId }));
  }

  activateUser(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.activateUser({ userId, sendEmail: true }));
  }

  deactivateUser(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.deactivateUser({ userId, sendEmail: false }));
  }

  revokeSessions(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.revokeUserSessions({ userId, oauthTokens: true }));
  }

  async listGrantIds(userId: string): Promise<string[]> {
    return (await all(await this.client.userApi.listUserGrants({ userId }))).map((g) => g.id!);
  }

  revokeGrants(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.revokeUserGrants({ userId }));
  }

  async listTokenClientIds(userId: string): Promise<string[]> {
    return (await all(await this.client.userApi.listUserClients({ userId }))).map((c) => c.client_id!);
  }

  revokeClientTokens(userId: string, clientId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.revokeTokensForUserAndClient({ userId, clientId }));
  }

  async listFactorIds(userId: string): Promise<string[]> {
    return (await all(await this.client.userFactorApi.listFactors({ userId }))).map((f) => f.id!);
  }

  resetFactors(userId: string): Promise<OktaChange> {
    return change(() => this.client.userApi.resetFactors({ userId }));
  }

  async listUserGroups(userId: string): Promise<OktaGroupRef[]> {
    return (await all(await this.client.userApi.listUserGroups({ userId }))).map((g) => ({
      id: g.id!,
      name: g.profile?.name ?? g.id!,
      type: String(g.type),
    }));
  }

  ruleManagedGroupIds(): Promise<ReadonlySet<string>> {
    const now = this.clock.now();
    if (this.rules === undefined || now - this.rules.at > RULES_TTL_MS) {
      const groupIds = this.client.groupApi.listGroupRules({}).then(async (rules) => {
        const ids = new Set<string>();
        for (const rule of await all(rules))
          if (rule.status === 'ACTIVE')
            for (const id of rule.actions?.assignUserToGroups?.groupIds ?? []) ids.add(id);
        return ids;
      });
      groupIds.catch(() => {
        this.rules = undefined;
      });
      this.rules = { at: now, groupIds };
    }
    return this.rules.groupIds;
  }

  removeFromGroup(groupId: string, userId: string): Promise<OktaChange> {
    return change(() => this.client.groupApi.unassignUserFromGroup({ groupId, userId }));
  }

  addToGroup(groupId: string, userId: string): Promise<OktaChange> {
    return change(() => this.client.groupApi.assignUserToGroup({ groupId, userId }));
  }

  async findGroup(name: string): Promise<OktaGroupRef | undefined> {
    const search = `profile.name eq "${name.replace(/["\\]/g, '\\$&')}"`;
    const found = (await all(await this.client.groupApi.listGroups({ search }))).find(
      (g) => g.profile?.name === name && String(g.type) === 'OKTA_GROUP',
    );
    return found ? { id: found.id!, name, type: String(found.type) } : undefined;
  }

  async listAppAssignments(userId: string): Promise<OktaAppAssignment[]> {
    // The app list does not say how each app is assigned, and Okta's contract types the
    // `expand=user/{id}` embedding as a map of objects (so its `scope` cannot be relied on):
    // the assignment's scope is read from the app user, one call per app.
    const apps = await all(
      await this.client.applicationApi.listApplications({ filter: `user.id eq "${userId}"` }),
    );
    const assignments: OktaAppAssignment[] = [];
    for (const app of apps) {
      const appUser = await this.client.applicationApi.getApplicationUser({ appId: app.id!, userId });
      assignments.push({
        appId: app.id!,
        label: String(app.label),
        scope: appUser.scope === 'USER' ? 'USER' : 'GROUP',
      });
    }
    return assignments;
  }

  async appAssignmentScope(appId: string, userId: string): Promise<'USER' | 'GROUP' | undefined> {
    try {
      const appUser = await this.client.applicationApi.getApplicationUser({ appId, userId });
      return appUser.scope === 'USER' ? 'USER' : 'GROUP';
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  unassignApp(appId: string, userId: string): Promise<OktaChange> {
    return change(() =>
      this.client.applicationApi.unassignUserFromApplication({ appId, userId, sendEmail: false }),
    );
  }

  async listUserRoles(userId: string): Promise<OktaRoleAssignment[]> {
    const roles = await all(await this.client.roleAssignmentApi.listAssignedRolesForUser({ userId }));
    return roles.map((r) => {
      const role = r as { id?: string; type?: unknown; label?: string; assignmentType?: unknown };
      return {
        id: role.id!,
        type: String(role.type),
        label: role.label ?? String(role.type),
        assignmentType: role.assignmentType === 'GROUP' ? 'GROUP' : 'USER',
      };
    });
  }

  unassignUserRole(userId: string, roleAssignmentId: string): Promise<OktaChange> {
    return change(() =>
      this.client.roleAssignmentApi.unassignRoleFromUser({ userId, roleId: roleAssignmentId }),
    );
  }
}

async function change(call: () => Promise<unknown>): Promise<OktaChange> {
  const { requestIds } = await withRequestIds(call);
  return { requestIds };
}

async function all<T>(collection: Collection<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}
