// Looks up, at deploy time, the Identity Store id of each Okta group pushed to AWS Identity
// Center, by its display name. The id only exists once Okta has pushed the group, so it
// cannot be known at synth: one lookup per group, construct id = the group's config id.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { AwsApiCalls } from './aws-api-calls';

export interface IdentityStoreGroupLookupsProps {
  /** The identity store, where Okta pushes the groups (org.yaml aws.identityCenter.identityStoreId). */
  readonly identityStoreId: string;
  /** Group config id → display name (the name Okta pushes). */
  readonly groups: ReadonlyMap<string, string>;
}

export class IdentityStoreGroupLookups extends Construct {
  private readonly ids = new Map<string, string>();

  constructor(scope: Construct, id: string, props: IdentityStoreGroupLookupsProps) {
    super(scope, id);
    const account = Stack.of(this).account;
    const calls = AwsApiCalls.of(this);
    calls.allow(
      [
        new iam.PolicyStatement({
          actions: ['identitystore:GetGroupId'],
          resources: [
            `arn:aws:identitystore::${account}:identitystore/${props.identityStoreId}`,
            'arn:aws:identitystore:::group/*',
          ],
        }),
      ],
      [
        {
          id: 'AwsSolutions-IAM5[Resource::arn:aws:identitystore:::group/*]',
          reason:
            'GetGroupId is authorized on the group resource type, whose ids are what it looks up; the store itself is pinned',
        },
      ],
    );
    for (const [group, displayName] of [...props.groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const call: cr.AwsSdkCall = {
        service: 'IdentityStore',
        action: 'getGroupId',
        parameters: {
          IdentityStoreId: props.identityStoreId,
          AlternateIdentifier: {
            UniqueAttribute: { AttributePath: 'displayName', AttributeValue: displayName },
          },
        },
        physicalResourceId: cr.PhysicalResourceId.fromResponse('GroupId'),
      };
      const lookup = calls.call(this, group, { onCreate: call, onUpdate: call });
      this.ids.set(group, lookup.getResponseField('GroupId'));
    }
  }

  /** The deploy-time Identity Store id of a group (a token). */
  groupId(group: string): string {
    const id = this.ids.get(group);
    if (!id) throw new Error(`no Identity Store lookup for group "${group}" in ${this.node.path}`);
    return id;
  }
}
