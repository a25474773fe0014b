// A side's AWS access through Identity Center: its permission sets (managed and inline
// policies, session length, relay state) and, unless they are split across stacks, the
// account assignments of its grants. Used by IT (everyday access) and Security (privileged).
import type * as sso from 'aws-cdk-lib/aws-sso';
import { Construct } from 'constructs';
import type { PermissionSet } from '../model/org-model';
import { AccountAssignments } from './account-assignments';
import type { AccountAssignment } from './grant-assignments';
import { PermissionSets } from './permission-sets';

export interface IdentityCenterAccessProps {
  /** The Identity Center instance (org.yaml aws.identityCenter.instanceArn). */
  readonly instanceArn: string;
  /** Its identity store, where Okta pushes the groups (org.yaml aws.identityCenter.identityStoreId). */
  readonly identityStoreId: string;
  /** The side's permission sets. */
  readonly permissionSets: readonly PermissionSet[];
  /**
   * Assignments kept with the permission sets.
   * @default - none: all assignments live in shard stacks
   */
  readonly assignments?: readonly AccountAssignment[];
  /** Group config id → display name, for the groups the assignments name. */
  readonly groupNames: ReadonlyMap<string, string>;
  /**
   * The boundary every permission set carries.
   * @default - none
   */
  readonly permissionsBoundary?: sso.CfnPermissionSet.PermissionsBoundaryProperty;
}

export class IdentityCenterAccess extends Construct {
  readonly permissionSets: PermissionSets;
  readonly assignments?: AccountAssignments;

  constructor(scope: Construct, id: string, props: IdentityCenterAccessProps) {
    super(scope, id);
    this.permissionSets = new PermissionSets(this, 'PermissionSets', {
      instanceArn: props.instanceArn,
      permissionSets: props.permissionSets,
      permissionsBoundary: props.permissionsBoundary,
    });
    if (props.assignments?.length) {
      this.assignments = new AccountAssignments(this, 'Assignments', {
        instanceArn: props.instanceArn,
        identityStoreId: props.identityStoreId,
        assignments: props.assignments,
        groupNames: props.groupNames,
        permissionSetArn: (ps) => this.permissionSets.arn(ps),
      });
    }
  }
}
