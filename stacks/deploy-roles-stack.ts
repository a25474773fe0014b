// Security's deploy roles stack (management account): GitHub Actions OIDC and one deploy
// role per owner.
import type { Construct } from 'constructs';
import { type GithubDeployment, GithubDeployRoles } from '../lib/aws/github-deploy-roles';
import { itExecutionPolicyName, itExecutionStatements } from '../lib/aws/it-execution-policy';
import { itAssetObjects, itRoleBoundaryDocument, itRoleBoundaryName } from '../lib/aws/it-role-boundary';
import { accountByRole } from '../lib/aws/org-accounts';
import { deployRoleName, orgSlug } from '../lib/aws/org-naming';
import type { OrgModel } from '../lib/model/org-model';
import { OwnerStack, ownerStackOrg } from './owner-stack';

export interface DeployRolesStackProps {
  /** The org: this stack (the composition) maps it to each construct's narrow props. */
  readonly model: OrgModel;
  /** The repository and environments the deploy roles trust. */
  readonly deployment: GithubDeployment;
}

export class DeployRolesStack extends OwnerStack {
  readonly deployRoles: GithubDeployRoles;

  constructor(scope: Construct, id: string, props: DeployRolesStackProps) {
    const { model, deployment } = props;
    super(scope, id, {
      org: ownerStackOrg(model),
      side: 'security',
      purpose: 'deploy-roles',
      account: accountByRole(model, 'management'),
      description: `${model.name} Security: GitHub OIDC provider and the IT and Security deploy roles`,
    });
    this.deployRoles = new GithubDeployRoles(this, 'DeployRoles', {
      orgName: model.name,
      orgSlug: orgSlug(model),
      organizationId: model.aws.organizationId,
      deployment,
      roleNames: { it: deployRoleName(model, 'it'), security: deployRoleName(model, 'security') },
      itRoleBoundaryName: itRoleBoundaryName(model),
      itRoleBoundaryDocument: itRoleBoundaryDocument(model),
      itAssetObjects: itAssetObjects(model),
      itExecutionPolicyName: itExecutionPolicyName(model),
      itExecutionStatements: itExecutionStatements(model),
    });
  }
}
