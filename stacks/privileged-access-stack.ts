// Security's privileged access stack (management account): privileged permission sets
// and their assignments (split into shard stacks for a large org). Declares only
// Security's slice of the access (its permission sets and grants).
import type { Construct } from 'constructs';
import type { ShardPlan } from '../lib/aws/assignment-shards';
import type { IdentityCenterAccess } from '../lib/aws/identity-center-access';
import type { Account, OrgModel } from '../lib/model/org-model';
import type { OwnerSlice } from '../lib/model/partition';
import { addIdentityCenterAccess } from './access-stacks';
import { OwnerStack } from './owner-stack';

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

  constructor(scope: Construct, id: string, props: PrivilegedAccessStackProps) {
    const { model, slice, account, shards } = props;
    if (slice.side !== 'security')
      throw new Error(`PrivilegedAccessStack takes Security's slice, got "${slice.side}"`);
    super(scope, id, {
      model,
      side: 'security',
      purpose: 'access',
      account,
      description: `${model.name} Security: privileged AWS access (Identity Center permission sets and assignments)`,
    });
    this.access = addIdentityCenterAccess(this, slice, shards);
  }
}
