// Finding an IAM Identity Center group by the display name Okta pushes it under, so an
// elevation's membership can be removed there at once rather than at Okta's next push.
import {
  GetGroupIdCommand,
  type IdentitystoreClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-identitystore';

export interface IdentityCenterGroups {
  /** The Identity Store group id, undefined when no group has that display name. */
  groupId(displayName: string): Promise<string | undefined>;
}

export class IdentityStoreGroups implements IdentityCenterGroups {
  constructor(
    private readonly client: IdentitystoreClient,
    private readonly identityStoreId: string,
  ) {}

  async groupId(displayName: string): Promise<string | undefined> {
    try {
      const found = await this.client.send(
        new GetGroupIdCommand({
          IdentityStoreId: this.identityStoreId,
          AlternateIdentifier: {
            UniqueAttribute: { AttributePath: 'displayName', AttributeValue: displayName },
          },
        }),
      );
      return found.GroupId;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }
}

/** Groups by display name, in memory: for tests. */
export class MemoryIdentityCenterGroups implements IdentityCenterGroups {
  constructor(private readonly byName: ReadonlyMap<string, string>) {}
  async groupId(displayName: string): Promise<string | undefined> {
    return this.byName.get(displayName);
  }
}
