// Denying further AWS access: a leaver's IAM Identity Center user loses every group
// membership, and with them every account assignment (assignments are to groups). The
// interface the deny-aws step uses.

export interface IdentityCenterMembership {
  readonly membershipId: string;
  readonly groupId: string;
}

export interface IdentityCenterAccess {
  /** The Identity Store user id, when the person has an Identity Center user. */
  readonly userId?: string;
  readonly memberships: readonly IdentityCenterMembership[];
}

export interface AwsAccessDenial {
  /** By user name (the email Okta provisions as the Identity Center user name). */
  findAccess(userName: string): Promise<IdentityCenterAccess>;
  removeMembership(membershipId: string): Promise<{ readonly requestId: string }>;
}

/** An in-memory Identity Store: for tests and the benchmark. */
export class MemoryAwsAccessDenial implements AwsAccessDenial {
  readonly removed: string[] = [];

  constructor(
    private readonly users: Map<string, { userId: string; memberships: IdentityCenterMembership[] }>,
  ) {}

  /** Adds a membership (creating the user `ic-<user name>` if needed). */
  add(userName: string, membership: IdentityCenterMembership): void {
    const key = userName.toLowerCase();
    const user = this.users.get(key) ?? { userId: `ic-${key}`, memberships: [] };
    user.memberships.push(membership);
    this.users.set(key, user);
  }

  async findAccess(userName: string): Promise<IdentityCenterAccess> {
    const user = this.users.get(userName.toLowerCase());
    return user ? { userId: user.userId, memberships: [...user.memberships] } : { memberships: [] };
  }

  async removeMembership(membershipId: string): Promise<{ requestId: string }> {
    for (const user of this.users.values()) {
      const i = user.memberships.findIndex((m) => m.membershipId === membershipId);
      if (i >= 0) user.memberships.splice(i, 1);
    }
    this.removed.push(membershipId);
    return { requestId: `identitystore-${this.removed.length}` };
  }
}
