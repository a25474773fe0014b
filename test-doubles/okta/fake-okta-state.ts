// The state of the fake Okta org: users with their sessions, OAuth grants and tokens and
// MFA factors; groups, group rules (evaluated against profiles, like Okta does), explicit
// memberships; apps assigned to groups or directly to users; whose credential calls it.
// Deterministic ids.
import type { FakeAdminScope } from './fake-okta-admin-scope';

export type UserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'PASSWORD_EXPIRED'
  | 'LOCKED_OUT'
  | 'SUSPENDED'
  | 'DEPROVISIONED';

export interface FakeUser {
  id: string;
  status: UserStatus;
  created: string;
  statusChanged: string;
  lastUpdated: string;
  profile: {
    login: string;
    email: string;
    firstName: string;
    lastName: string;
    department?: string;
    title?: string;
    userType?: string;
    managerId?: string;
  };
  sessions: number;
  factors: string[];
  grants: { id: string; clientId: string; scopeId: string }[];
  /** Refresh tokens per OAuth client id. */
  tokens: Record<string, number>;
  /** Admin roles assigned to the user directly. */
  roles?: FakeRole[];
}

export interface FakeRole {
  /** The role assignment id. */
  id: string;
  type:
    | 'SUPER_ADMIN'
    | 'ORG_ADMIN'
    | 'APP_ADMIN'
    | 'USER_ADMIN'
    | 'GROUP_MEMBERSHIP_ADMIN'
    | 'READ_ONLY_ADMIN'
    | 'REPORT_ADMIN'
    | 'HELP_DESK_ADMIN'
    | 'API_ACCESS_MANAGEMENT_ADMIN';
  label: string;
  /** The groups a group-scoped role administers (absent: the whole org). */
  targetGroupIds?: string[];
}

export interface FakeGroup {
  id: string;
  name: string;
  type: 'OKTA_GROUP' | 'BUILT_IN';
  description?: string;
}

export interface FakeGroupRule {
  id: string;
  name: string;
  /** @default 'ACTIVE' */
  status?: 'ACTIVE' | 'INACTIVE';
  groupIds: string[];
  expression: string;
  matches: (user: FakeUser) => boolean;
}

export interface FakeApp {
  id: string;
  label: string;
  groupIds: string[];
  /** Users assigned directly (scope USER). */
  userIds: string[];
  /** Group Push mappings (an app with provisioning's GROUP_PUSH feature). */
  pushMappings?: FakeGroupPushMapping[];
  /** What Okta holds beyond the label (the import reads it): sign-on mode, settings, credentials. */
  detail?: {
    name: string;
    signOnMode: 'SAML_2_0' | 'OPENID_CONNECT' | 'BOOKMARK' | 'AUTO_LOGIN';
    status?: 'ACTIVE' | 'INACTIVE';
    settings: Record<string, unknown>;
    credentials: Record<string, unknown>;
    features?: string[];
    accessPolicyId?: string;
  };
}

export interface FakeGroupPushMapping {
  id: string;
  sourceGroupId: string;
  /** The group in the target app (e.g. Identity Center's group id). */
  targetGroupId: string;
  status: 'ACTIVE' | 'INACTIVE' | 'ERROR';
  created: string;
}

export interface FakePolicyRule {
  id: string;
  name: string;
  priority: number;
  status: 'ACTIVE' | 'INACTIVE';
  system: boolean;
  type: string;
  conditions?: Record<string, unknown>;
  actions?: Record<string, unknown>;
}

export interface FakePolicy {
  id: string;
  type: 'OKTA_SIGN_ON' | 'ACCESS_POLICY' | 'MFA_ENROLL' | 'PASSWORD';
  name: string;
  description?: string;
  priority: number;
  status: 'ACTIVE' | 'INACTIVE';
  system: boolean;
  conditions?: Record<string, unknown>;
  /** The policy's `settings` (password complexity and lockout, enrollment authenticators). */
  settings?: Record<string, unknown>;
  rules: FakePolicyRule[];
}

/** A network zone as Okta holds it: IP addresses (gateways) or a dynamic one (countries, a proxy type). */
export interface FakeNetworkZone {
  id: string;
  name: string;
  type: 'IP' | 'DYNAMIC';
  usage: 'POLICY' | 'BLOCKLIST';
  status: 'ACTIVE' | 'INACTIVE';
  system: boolean;
  /** CIDRs or `a-b` ranges (IP zones). */
  gateways?: string[];
  /** Countries, or country and region (dynamic zones). */
  locations?: { country: string; region?: string }[];
  /** `Any`, `Tor` or `NotTorAnonymizer` (dynamic zones). */
  proxyType?: string;
}

/** A behaviour detection rule: `settings` as the Management API holds them (`maxEventsUsedForEvaluation`, `granularity`, `velocityKph`). */
export interface FakeBehavior {
  id: string;
  name: string;
  type: 'ANOMALOUS_LOCATION' | 'ANOMALOUS_DEVICE' | 'ANOMALOUS_IP' | 'VELOCITY';
  status: 'ACTIVE' | 'INACTIVE';
  settings: Record<string, unknown>;
}

export interface FakeLogStream {
  id: string;
  name: string;
  type: 'aws_eventbridge' | 'splunk_cloud_logstreaming';
  status: 'ACTIVE' | 'INACTIVE';
  settings: Record<string, unknown>;
}

export class FakeOktaState {
  readonly users: FakeUser[] = [];
  readonly groups: FakeGroup[] = [];
  readonly rules: FakeGroupRule[] = [];
  readonly apps: FakeApp[] = [];
  readonly policies: FakePolicy[] = [];
  readonly logStreams: FakeLogStream[] = [];
  readonly zones: FakeNetworkZone[] = [];
  readonly behaviors: FakeBehavior[] = [];
  /** The org's ThreatInsight configuration (a singleton; Okta's default is `none`). */
  threatInsight: { action: 'none' | 'audit' | 'block'; excludeZones: string[] } = {
    action: 'none',
    excludeZones: [],
  };
  /** Explicit memberships: group id → user ids. */
  readonly members = new Map<string, Set<string>>();
  readonly clients = new Map<string, string>();
  /** Admin roles assigned to groups: group id → roles (their members hold them, assignment type GROUP). */
  readonly groupRoles = new Map<string, FakeRole[]>();
  /** The caller's admin scope. @default none: a super admin */
  adminScope?: FakeAdminScope;
  private counter = 0;

  constructor(private readonly now: () => number) {
    this.groups.push({ id: this.nextId('00g'), name: 'Everyone', type: 'BUILT_IN' });
  }

  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${String(this.counter).padStart(17, '0')}`;
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  findUser(idOrLogin: string): FakeUser | undefined {
    const key = idOrLogin.toLowerCase();
    return this.users.find((u) => u.id === idOrLogin || u.profile.login.toLowerCase() === key);
  }

  setStatus(user: FakeUser, status: UserStatus): void {
    user.status = status;
    user.statusChanged = this.timestamp();
    user.lastUpdated = user.statusChanged;
  }

  ruleManaged(groupId: string): boolean {
    return this.rules.some((r) => r.groupIds.includes(groupId));
  }

  /** A user's groups: Everyone, rule groups whose rule matches them, and explicit memberships. */
  groupsOf(user: FakeUser): FakeGroup[] {
    return this.groups.filter(
      (g) =>
        g.type === 'BUILT_IN' ||
        this.members.get(g.id)?.has(user.id) ||
        this.rules.some((r) => r.groupIds.includes(g.id) && r.matches(user)),
    );
  }

  /** A user's app assignments with their scope (USER wins over GROUP, as in Okta). */
  appsOf(user: FakeUser): { app: FakeApp; scope: 'USER' | 'GROUP' }[] {
    const groupIds = new Set(this.groupsOf(user).map((g) => g.id));
    return this.apps.flatMap((app): { app: FakeApp; scope: 'USER' | 'GROUP' }[] =>
      app.userIds.includes(user.id)
        ? [{ app, scope: 'USER' }]
        : app.groupIds.some((g) => groupIds.has(g))
          ? [{ app, scope: 'GROUP' }]
          : [],
    );
  }

  /** OAuth clients the user holds tokens or grants for. */
  clientsOf(user: FakeUser): string[] {
    const ids = new Set([
      ...user.grants.map((g) => g.clientId),
      ...Object.entries(user.tokens)
        .filter(([, n]) => n > 0)
        .map(([id]) => id),
    ]);
    return [...ids].sort();
  }

  /** A user's admin roles: assigned directly (USER) and through their groups (GROUP). */
  rolesOf(user: FakeUser): { role: FakeRole; assignmentType: 'USER' | 'GROUP' }[] {
    return [
      ...(user.roles ?? []).map((role) => ({ role, assignmentType: 'USER' as const })),
      ...this.groupsOf(user).flatMap((g) =>
        (this.groupRoles.get(g.id) ?? []).map((role) => ({ role, assignmentType: 'GROUP' as const })),
      ),
    ];
  }

  /** A snapshot for comparing end states (ids and counts only, sorted). */
  snapshot(): unknown {
    return {
      users: this.users.map((u) => ({
        login: u.profile.login,
        status: u.status,
        sessions: u.sessions,
        factors: u.factors.length,
        grants: u.grants.length,
        clients: this.clientsOf(u),
        groups: this.groupsOf(u)
          .map((g) => g.name)
          .sort(),
        apps: this.appsOf(u)
          .map((a) => `${a.app.label}:${a.scope}`)
          .sort(),
      })),
    };
  }
}
