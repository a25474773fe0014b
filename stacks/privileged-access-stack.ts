// Security's privileged access stack (management account): privileged permission sets
// and their assignments (split into shard stacks for a large org), and the on-time end of
// elevations, memberships and grants (one schedule each, lib/aws/elevation-expiry.ts). Declares only Security's
// slice of the access (its permission sets and grants).
import type { Construct } from 'constructs';
import { AlertTopic } from '../lib/aws/alert-topic';
import type { ShardPlan } from '../lib/aws/assignment-shards';
import { ElevationExpiry } from '../lib/aws/elevation-expiry';
import type { IdentityCenterAccess } from '../lib/aws/identity-center-access';
import { orgSlug } from '../lib/aws/org-naming';
import { sessionRevocationFunctionName } from '../lib/aws/session-revocation';
import {
  elevationExpiryRequests,
  grantExpiryRequests,
  standingAccessRequests,
} from '../lib/lifecycle/elevation/expiry-requests';
import type { Account, OrgModel } from '../lib/model/org-model';
import type { OwnerSlice } from '../lib/model/partition';
import { addIdentityCenterAccess } from './access-stacks';
import { alertTopicProps } from './alert-topic-props';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface PrivilegedAccessStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
  /** Security's slice of the model. */
  readonly slice: OwnerSlice;
  /** Where Identity Center lives (the management account). */
  readonly account: Account;
  /** Which assignments stay in this stack. */
  readonly shards: ShardPlan;
}

export class PrivilegedAccessStack extends OwnerStack {
  readonly access: IdentityCenterAccess;
  readonly elevations: ElevationExpiry;

  constructor(scope: Construct, id: string, props: PrivilegedAccessStackProps) {
    const { model, slice, account, shards } = props;
    if (slice.side !== 'security')
      throw new Error(`PrivilegedAccessStack takes Security's slice, got "${slice.side}"`);
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'access',
      account,
      description: `${model.name} Security: privileged AWS access (Identity Center permission sets and assignments)`,
    });
    this.access = addIdentityCenterAccess(this, 'Access', { model, slice, plan: shards });
    this.elevations = new ElevationExpiry(this, 'ElevationExpiry', {
      namePrefix: `${orgSlug(model)}-security-elevation`,
      requests: elevationExpiryRequests(model),
      grants: grantExpiryRequests(model),
      standing: standingAccessRequests(model),
      permissionSetArn: (ps) => this.access.permissionSets.arn(ps),
      instanceArn: model.aws.identityCenter.instanceArn,
      identityStoreId: model.aws.identityCenter.identityStoreId,
      oktaOrgUrl: model.oktaOrgUrl,
      sessionRevocationFunctionName: sessionRevocationFunctionName(model),
      alerts: new AlertTopic(
        this,
        'ElevationAlerts',
        alertTopicProps(model, 'access', 'elevation expiry failures'),
      ).topic,
    });
  }
}
