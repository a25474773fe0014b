// `AwsAccessDenial` on the AWS Identity Store API (the directory behind IAM Identity
// Center): find the user by user name, list and delete their group memberships.
import {
  DeleteGroupMembershipCommand,
  GetUserIdCommand,
  type IdentitystoreClient,
  ListGroupMembershipsForMemberCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-identitystore';
import type { AwsAccessDenial, IdentityCenterAccess, IdentityCenterMembership } from './aws-access-denial';

export class IdentityStoreAccessDenial implements AwsAccessDenial {
  constructor(
    private readonly client: IdentitystoreClient,
    private readonly identityStoreId: string,
  ) {}

  async findAccess(userName: string): Promise<IdentityCenterAccess> {
    let userId: string | undefined;
    try {
      const found = await this.client.send(
        new GetUserIdCommand({
          IdentityStoreId: this.identityStoreId,
          AlternateIdentifier: { UniqueAttribute: { AttributePath: 'userName', AttributeValue: userName } },
        }),
      );
      userId = found.UserId;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return { memberships: [] };
      throw error;
    }
    if (userId === undefined) return { memberships: [] };
    const memberships: IdentityCenterMembership[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListGroupMembershipsForMemberCommand({
          IdentityStoreId: this.identityStoreId,
          MemberId: { UserId: userId },
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      for (const m of page.GroupMemberships ?? [])
        if (m.MembershipId && m.GroupId)
          memberships.push({ membershipId: m.MembershipId, groupId: m.GroupId });
      nextToken = page.NextToken;
    } while (nextToken);
    return { userId, memberships };
  }

  async removeMembership(membershipId: string): Promise<{ requestId: string }> {
    const result = await this.client.send(
      new DeleteGroupMembershipCommand({ IdentityStoreId: this.identityStoreId, MembershipId: membershipId }),
    );
    return { requestId: result.$metadata.requestId ?? 'unknown' };
  }
}
