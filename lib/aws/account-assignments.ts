// Identity Center account assignments (native AWS::SSO::Assignment, so `cdk diff` shows
// them in its SSO table), one per (group, permission set, account), with the group's
// Identity Store id looked up at deploy time. Construct ids are config ids.
import * as sso from 'aws-cdk-lib/aws-sso';
import { Construct } from 'constructs';
import type { AccountAssignment } from './grant-assignments';
import { IdentityStoreGroupLookups } from './identity-store-group-lookups';

/**
 * Identity Center accepts at most 15 outstanding assignment operations: CloudFormation
 * creates the assignments of a stack in this many parallel chains.
 */
export const ASSIGNMENT_LANES = 10;

/**
 * Context key (`cdk deploy -c blueprint:adoptWithoutAssignments=true`) of the adoption's middle
 * step: the stacks declare their group lookups but no assignment, so the assignments that
 * already exist in Identity Center can then be imported (`cdk import`), which needs the lookups
 * they reference to be deployed (README "Adopt an existing Identity Center").
 */
export const ADOPT_WITHOUT_ASSIGNMENTS = 'blueprint:adoptWithoutAssignments';

export interface AccountAssignmentsProps {
  /** The Identity Center instance (org.yaml aws.identityCenter.instanceArn). */
  readonly instanceArn: string;
  /** Its identity store, where Okta pushes the groups (org.yaml aws.identityCenter.identityStoreId). */
  readonly identityStoreId: string;
  /** Group → permission set → account assignments, each one AWS::SSO::Assignment. */
  readonly assignments: readonly AccountAssignment[];
  /** Group config id → display name, for every group the assignments name. */
  readonly groupNames: ReadonlyMap<string, string>;
  /** The ARN of a permission set by config id (declared in this stack or another of the same account). */
  readonly permissionSetArn: (permissionSet: string) => string;
}

export class AccountAssignments extends Construct {
  readonly lookups: IdentityStoreGroupLookups;

  constructor(scope: Construct, id: string, props: AccountAssignmentsProps) {
    super(scope, id);
    const groups = new Map<string, string>();
    for (const a of props.assignments) {
      const name = props.groupNames.get(a.group);
      if (name === undefined) throw new Error(`no display name for group "${a.group}"`);
      groups.set(a.group, name);
    }
    this.lookups = new IdentityStoreGroupLookups(this, 'GroupIds', {
      identityStoreId: props.identityStoreId,
      groups,
    });

    const adopting = this.node.tryGetContext(ADOPT_WITHOUT_ASSIGNMENTS);
    if (adopting === true || adopting === 'true') return;
    const created: sso.CfnAssignment[] = [];
    for (const a of props.assignments) {
      const groupScope = scopeFor(this, a.group);
      const setScope = scopeFor(groupScope, a.permissionSet);
      const assignment = new sso.CfnAssignment(setScope, a.account, {
        instanceArn: props.instanceArn,
        permissionSetArn: props.permissionSetArn(a.permissionSet),
        principalType: 'GROUP',
        principalId: this.lookups.groupId(a.group),
        targetType: 'AWS_ACCOUNT',
        targetId: a.accountId,
      });
      const previous = created[created.length - ASSIGNMENT_LANES];
      if (previous) assignment.addResourceDependency(previous);
      created.push(assignment);
    }
  }
}

function scopeFor(parent: Construct, id: string): Construct {
  return (parent.node.tryFindChild(id) as Construct | undefined) ?? new Construct(parent, id);
}
