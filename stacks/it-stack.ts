// IT's stack (management account, home region): everyday AWS access through Identity
// Center — IT's permission sets and, unless a large org splits them into shard stacks, their
// account assignments — plus whatever extensions IT composes in (the joiner/mover/leaver
// automation). Declares only IT's slice of the access (its permission sets and grants); the
// model is there for the names, the account and the extensions (the automation reads the
// whole directory).
import type { Construct } from 'constructs';
import type { ShardPlan } from '../lib/aws/assignment-shards';
import type { IdentityCenterAccess } from '../lib/aws/identity-center-access';
import type { Account, OrgModel } from '../lib/model/org-model';
import type { OwnerSlice } from '../lib/model/partition';
import { addIdentityCenterAccess } from './access-stacks';
import { OwnerStack, ownerStackOrg } from './owner-stack';

/** Adds constructs to the IT stack after its access is declared (e.g. the lifecycle automation). */
export type ItStackExtension = (stack: ItStack) => void;

export interface ItStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
  /** IT's slice of the model (`ownerSlice(model, 'it')`). */
  readonly slice: OwnerSlice;
  /** The account Identity Center is administered from (the management account). */
  readonly account: Account;
  /** Which assignments stay in this stack; the rest go to shard stacks. */
  readonly shards: ShardPlan;
  /**
   * Extensions run in order at the end of the constructor.
   * @default - none
   */
  readonly extensions?: readonly ItStackExtension[];
}

export class ItStack extends OwnerStack {
  /** The org, for the extensions to map to their constructs' props (the automation reads the directory). */
  readonly model: OrgModel;
  readonly slice: OwnerSlice;
  readonly access: IdentityCenterAccess;

  constructor(scope: Construct, id: string, props: ItStackProps) {
    if (props.slice.side !== 'it')
      throw new Error(`ItStack takes IT's slice of the model, got "${props.slice.side}"`);
    super(scope, id, {
      org: ownerStackOrg(props.model),
      side: 'it',
      account: props.account,
      description: `${props.model.name} IT: everyday AWS access (Identity Center permission sets and assignments) and IT automation`,
    });
    this.model = props.model;
    this.slice = props.slice;
    this.access = addIdentityCenterAccess(this, 'Access', {
      model: props.model,
      slice: props.slice,
      plan: props.shards,
    });
    for (const extend of props.extensions ?? []) extend(this);
  }
}
