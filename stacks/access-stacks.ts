// Identity Center access of one side across stacks: the permission sets (IT's capped by
// Security's ceiling, lib/aws/it-access-ceiling.ts; Security's privileged sets are not), and, for a small
// org, every assignment) in the side's main stack; when a large org's assignments would
// exceed CloudFormation's limits, shard stacks `<org>-<side>-access-<n>` in the same account
// hold them (see lib/aws/assignment-shards.ts for how they are split).
import type { Construct } from 'constructs';
import { AccountAssignments } from '../lib/aws/account-assignments';
import type { ShardPlan } from '../lib/aws/assignment-shards';
import type { AccountAssignment } from '../lib/aws/grant-assignments';
import { IdentityCenterAccess } from '../lib/aws/identity-center-access';
import { itAccessCeilingName } from '../lib/aws/it-access-ceiling';
import { stackName } from '../lib/aws/org-naming';
import type { PermissionSets } from '../lib/aws/permission-sets';
import type { Account, OrgModel, Side } from '../lib/model/org-model';
import type { OwnerSlice } from '../lib/model/partition';
import { OwnerStack, ownerStackOrg } from './owner-stack';

/** Display names of the groups assignments name (Security's grants may name IT's groups). */
export function groupNames(model: OrgModel, assignments: readonly AccountAssignment[]): Map<string, string> {
  const wanted = new Set(assignments.map((a) => a.group));
  return new Map(model.groups.filter((g) => wanted.has(g.id)).map((g) => [g.id, g.name]));
}

export interface OwnerAccessProps {
  /** The org: mapped here to the construct's props (Identity Center, group names, IT's ceiling). */
  readonly model: OrgModel;
  /** The side's slice of the model: its permission sets; IT's are capped by Security's ceiling. */
  readonly slice: OwnerSlice;
  /** Which assignments stay in the side's main stack (`plan.main`); the rest go to shard stacks. */
  readonly plan: ShardPlan;
}

/** The side's permission sets, plus the assignments the plan keeps in the main stack. */
export function addIdentityCenterAccess(
  scope: Construct,
  id: string,
  props: OwnerAccessProps,
): IdentityCenterAccess {
  const { model, slice, plan } = props;
  const { identityCenter } = model.aws;
  return new IdentityCenterAccess(scope, id, {
    instanceArn: identityCenter.instanceArn,
    identityStoreId: identityCenter.identityStoreId,
    permissionSets: slice.permissionSets,
    assignments: plan.main,
    groupNames: groupNames(model, plan.main),
    permissionsBoundary:
      slice.side === 'it'
        ? { customerManagedPolicyReference: { name: itAccessCeilingName(model), path: '/' } }
        : undefined,
  });
}

export interface AccessShardStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
  /** The side whose access this is (the main stack's). */
  readonly side: Side;
  /** Where Identity Center is administered (the management account). */
  readonly account: Account;
  /** The shard's number, in the stack's name (`<org>-<side>-access-<n>`). */
  readonly shard: number;
  /** The assignments this shard holds. */
  readonly assignments: readonly AccountAssignment[];
  /** The main stack's permission sets (same account and region, so CDK passes their ARNs). */
  readonly permissionSets: PermissionSets;
}

export class AccessShardStack extends OwnerStack {
  readonly assignments: AccountAssignments;

  constructor(scope: Construct, id: string, props: AccessShardStackProps) {
    super(scope, id, {
      org: ownerStackOrg(props.model),
      side: props.side,
      purpose: `access-${props.shard}`,
      account: props.account,
      description: `${props.model.name} ${props.side === 'it' ? 'everyday' : 'privileged'} AWS access: Identity Center account assignments, part ${props.shard}`,
    });
    const { identityCenter } = props.model.aws;
    this.assignments = new AccountAssignments(this, 'Assignments', {
      instanceArn: identityCenter.instanceArn,
      identityStoreId: identityCenter.identityStoreId,
      assignments: props.assignments,
      groupNames: groupNames(props.model, props.assignments),
      permissionSetArn: (ps) => props.permissionSets.arn(ps),
    });
  }
}

export interface AccessShardsProps {
  /** The org: it names the shard stacks, which map it to their constructs' props. */
  readonly model: OrgModel;
  /** The side's main stack: the shards are its side's, and deploy after it. */
  readonly main: OwnerStack;
  /** The main stack's permission sets, whose ARNs the shards' assignments name. */
  readonly permissionSets: PermissionSets;
  /** The plan: one shard stack per shard. */
  readonly plan: ShardPlan;
  /** Where Identity Center is administered (the management account). */
  readonly account: Account;
}

/** One shard stack per non-empty shard of the plan, each deployed after the main stack. */
export function addAccessShards(scope: Construct, props: AccessShardsProps): AccessShardStack[] {
  const { model, main, permissionSets, plan, account } = props;
  return [...plan.shards].map(([shard, assignments]) => {
    const stack = new AccessShardStack(scope, stackName(model, main.side, `access-${shard}`), {
      model,
      side: main.side,
      account,
      shard,
      assignments,
      permissionSets,
    });
    stack.addStackDependency(main, 'assignments need the permission sets');
    return stack;
  });
}
