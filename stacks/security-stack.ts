// Security's stacks, placed where AWS's security reference architecture puts them: the log
// archive in the log archive account; the trail, SCPs, StackSet, delegated administrators,
// deploy roles and privileged access in the management account; threat detection in the
// audit account (one stack per region); Okta alerts where the Okta log stream lands. No
// CloudFormation references cross accounts: names are derived (lib/aws/org-naming.ts) and
// deploy order is declared as stack dependencies.
import type { Construct } from 'constructs';
import { planAssignmentShards } from '../lib/aws/assignment-shards';
import type { GithubDeployment } from '../lib/aws/github-deploy-roles';
import { assignmentsFromGrants } from '../lib/aws/grant-assignments';
import { accountByRole, securityRegions } from '../lib/aws/org-accounts';
import { stackName } from '../lib/aws/org-naming';
import { elevationExpiryRequests } from '../lib/lifecycle/elevation/expiry-requests';
import type { OrgModel } from '../lib/model/org-model';
import type { OwnerSlice } from '../lib/model/partition';
import { type AccessShardStack, addAccessShards } from './access-stacks';
import { DeployRolesStack } from './deploy-roles-stack';
import { DetectionStack } from './detection-stack';
import { IdentityAlertsStack } from './identity-alerts-stack';
import { LogArchiveStack } from './log-archive-stack';
import { OrgTrailStack } from './org-trail-stack';
import { OrganizationStack } from './organization-stack';
import { PrivilegedAccessStack } from './privileged-access-stack';

export interface SecurityStacks {
  readonly logArchive: LogArchiveStack;
  readonly orgTrail: OrgTrailStack;
  readonly organization: OrganizationStack;
  readonly detection: readonly DetectionStack[];
  readonly identityAlerts?: IdentityAlertsStack;
  readonly deployRoles: DeployRolesStack;
  /** Absent when Security declares no privileged permission set and no elevation (an empty stack is invalid). */
  readonly access?: PrivilegedAccessStack;
  readonly accessShards: readonly AccessShardStack[];
}

export interface SecurityStacksProps {
  /** The org: each stack (the composition) maps it to its constructs' narrow props. */
  readonly model: OrgModel;
  /** Security's slice of the model (`ownerSlice(model, 'security')`): its privileged access. */
  readonly slice: OwnerSlice;
  /** The repository and GitHub environments the deploy roles trust. */
  readonly deployment: GithubDeployment;
}

/** Every stack of Security's, each named `<org>-security-<purpose>`, with their deploy order. */
export function addSecurityStacks(scope: Construct, props: SecurityStacksProps): SecurityStacks {
  const { model, slice, deployment } = props;
  const id = (purpose: string) => stackName(model, 'security', purpose);
  const logArchive = new LogArchiveStack(scope, id('log-archive'), { model });
  const orgTrail = new OrgTrailStack(scope, id('org-trail'), { model });
  orgTrail.addStackDependency(
    logArchive,
    'the trail checks the log archive bucket policy when it is created',
  );
  const organization = new OrganizationStack(scope, id('organization'), { model });
  organization.addStackDependency(logArchive, 'member accounts deliver AWS Config to the log archive');
  const regions = securityRegions(model);
  const detection = regions.map((region) => {
    const stack = new DetectionStack(scope, id(`detection-${region}`), { model, region, regions });
    stack.addStackDependency(organization, 'the audit account must be delegated administrator first');
    return stack;
  });
  const identityAlerts = model.logging.oktaLogStream
    ? new IdentityAlertsStack(scope, id('okta-alerts'), { model })
    : undefined;
  const deployRoles = new DeployRolesStack(scope, id('deploy-roles'), { model, deployment });

  const base = { logArchive, orgTrail, organization, detection, identityAlerts, deployRoles };
  // Assignments need permission sets, and elevations need their expiry: with neither, there
  // is nothing for the stack to hold.
  if (slice.permissionSets.length === 0 && elevationExpiryRequests(model).length === 0)
    return { ...base, accessShards: [] };
  const management = accountByRole(model, 'management');
  const plan = planAssignmentShards(assignmentsFromGrants(model, slice));
  const access = new PrivilegedAccessStack(scope, id('access'), {
    model,
    slice,
    account: management,
    shards: plan,
  });
  const accessShards = addAccessShards(scope, {
    model,
    main: access,
    permissionSets: access.access.permissionSets,
    plan,
    account: management,
  });
  return { ...base, access, accessShards };
}
