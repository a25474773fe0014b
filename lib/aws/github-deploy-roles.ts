// How the pipelines deploy: GitHub Actions' OIDC provider and one role per owner, each
// trusted only by this repository's GitHub environment of that owner. A role may only
// assume its owner's CDK bootstrap roles (each owner bootstraps with its own qualifier);
// IT's role is also explicitly denied Security's stacks and bootstrap roles, and IT's
// CloudFormation execution policy (lib/aws/it-execution-policy.ts) denies anything of
// Security's, so IT's pipeline cannot modify Security's resources. The permissions boundary
// every role of IT's stacks must carry (lib/aws/it-role-boundary.ts) is created here too.
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { Side } from '../model/org-model';
import { DEPLOY_QUALIFIERS } from './deploy-qualifiers';
import { IT_SERVICES } from './it-execution-policy';
import { IT_RUNTIME_ACTIONS } from './it-role-boundary';
import { acknowledge } from './nag-acknowledgements';
import type { PolicyDocument } from './policy-document';

export const GITHUB_OIDC_ISSUER = 'token.actions.githubusercontent.com';

export interface GithubDeployment {
  /** `owner/repo` of this blueprint's repository. */
  readonly repository: string;
  /** GitHub environment each owner's deploy job runs in. */
  readonly environments: Readonly<Record<Side, string>>;
}

export interface GithubDeployRolesProps {
  /** The org's display name, in the roles' descriptions. */
  readonly orgName: string;
  /** The org's slug: IT's roles and policies are `<slug>-it*`, Security's stacks `<slug>-security-*`. */
  readonly orgSlug: string;
  /** The AWS Organizations id (`o-...`): the bootstrap roles a deploy role may assume are in it. */
  readonly organizationId: string;
  /** The repository and environments the roles trust. */
  readonly deployment: GithubDeployment;
  /** Each owner's deploy role (`deployRoleName`); its policy is `<name>-policy`. */
  readonly roleNames: Readonly<Record<Side, string>>;
  /** The permissions boundary of IT's roles (`itRoleBoundaryName`). */
  readonly itRoleBoundaryName: string;
  /** That boundary's policy (`itRoleBoundaryDocument`). */
  readonly itRoleBoundaryDocument: PolicyDocument;
  /** The objects of IT's CDK asset bucket the boundary lets IT's roles read (`itAssetObjects`). */
  readonly itAssetObjects: string;
  /** CloudFormation's policy for IT's deployments (`itExecutionPolicyName`). */
  readonly itExecutionPolicyName: string;
  /** That policy's statements (`itExecutionStatements`). */
  readonly itExecutionStatements: readonly iam.PolicyStatement[];
}

export class GithubDeployRoles extends Construct {
  readonly provider: iam.OidcProviderNative;
  readonly roles: Readonly<Record<Side, iam.Role>>;
  /** CloudFormation's policy for IT's deployments (IT bootstraps with it). */
  readonly itExecutionPolicy: iam.ManagedPolicy;
  /** The permissions boundary of every IAM role in IT's stacks. */
  readonly itRoleBoundary: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: GithubDeployRolesProps) {
    super(scope, id);
    const { deployment } = props;
    this.provider = new iam.OidcProviderNative(this, 'GithubOidc', {
      url: `https://${GITHUB_OIDC_ISSUER}`,
      clientIds: ['sts.amazonaws.com'],
    });
    const role = (side: Side) => {
      const r = new iam.Role(this, side === 'it' ? 'It' : 'Security', {
        roleName: props.roleNames[side],
        description: `${props.orgName} ${side === 'it' ? 'IT' : 'Security'} pipeline: deploys ${side}'s stacks from ${deployment.repository}`,
        maxSessionDuration: Duration.hours(1),
        assumedBy: new iam.WebIdentityPrincipal(this.provider.oidcProviderArn, {
          StringEquals: {
            [`${GITHUB_OIDC_ISSUER}:aud`]: 'sts.amazonaws.com',
            [`${GITHUB_OIDC_ISSUER}:sub`]: `repo:${deployment.repository}:environment:${deployment.environments[side]}`,
          },
        }),
      });
      const policy = new iam.ManagedPolicy(this, `${side === 'it' ? 'It' : 'Security'}Deploy`, {
        managedPolicyName: `${props.roleNames[side]}-policy`,
        roles: [r],
        statements: deployStatements(side, props),
      });
      acknowledge(policy, [
        {
          id: `AwsSolutions-IAM5[Resource::arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS[side]}-*]`,
          reason: `CDK deploys through the bootstrap roles cdk-${DEPLOY_QUALIFIERS[side]}-<role>-<account>-<region> of every target account; aws:ResourceOrgID keeps them in the organization`,
        },
      ]);
      return r;
    };
    this.roles = { it: role('it'), security: role('security') };

    this.itRoleBoundary = new iam.ManagedPolicy(this, 'ItRoleBoundary', {
      managedPolicyName: props.itRoleBoundaryName,
      description: "The most any role of IT's stacks may do (a permissions boundary)",
      document: iam.PolicyDocument.fromJson(props.itRoleBoundaryDocument),
    });
    acknowledge(this.itRoleBoundary, [
      ...IT_RUNTIME_ACTIONS.filter((a) => a.endsWith(':*')).map((a) => ({
        id: `AwsSolutions-IAM5[Action::${a}]`,
        reason: `A boundary caps, it grants nothing: IT's runtime may use ${a.split(':')[0]}, within what each role's own policy allows`,
      })),
      ...[
        'identitystore:Describe*',
        'identitystore:Get*',
        'identitystore:List*',
        'sso:Describe*',
        'sso:Get*',
        'sso:List*',
      ].map((a) => ({
        id: `AwsSolutions-IAM5[Action::${a}]`,
        reason:
          'Identity Center reads are the ceiling of what IT roles may read; no role is granted them by this policy',
      })),
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          "A boundary caps by action; resources are chosen by each role's own policy, Security's are denied by tag",
      },
      {
        id: `AwsSolutions-IAM5[Resource::${props.itAssetObjects}]`,
        reason:
          "The lifecycle directory's object key is its content hash; only JSON objects of IT's asset bucket, which holds no secrets",
      },
      {
        id: 'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess',
        reason:
          "A boundary grants nothing; it caps IT's roles at these services, never at IAM or Organizations",
      },
    ]);

    this.itExecutionPolicy = new iam.ManagedPolicy(this, 'ItExecution', {
      managedPolicyName: props.itExecutionPolicyName,
      description: "What CloudFormation may do for IT's stacks (CDK bootstrap qualifier bpit)",
      statements: [...props.itExecutionStatements],
    });
    const it = props.orgSlug;
    acknowledge(this.itExecutionPolicy, [
      ...IT_SERVICES.map((s) => ({
        id: `AwsSolutions-IAM5[Action::${s}:*]`,
        reason: `IT's stacks declare ${s} resources whose names CDK generates; the Deny statements fence off Security's`,
      })),
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Service-wide for the services IT deploys; Security-tagged resources are denied by tag',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:iam::*:role/${it}-it*]`,
        reason: "CDK names IT's roles <stack>-<id>-<hash>",
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:iam::*:policy/${it}-it*]`,
        reason: "CDK names IT's managed policies <stack>-<id>-<hash>",
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-${DEPLOY_QUALIFIERS.it}-assets-*/*]`,
        reason: "Lambda code comes from IT's bootstrap asset bucket, named per account and region",
      },
      {
        id: 'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess',
        reason:
          "A CloudFormation execution policy must create, update and delete IT's resources of these services",
      },
    ]);
  }
}

/** What a deploy role may do: assume its own bootstrap roles in the organization's accounts. */
export function deployStatements(
  side: Side,
  org: { readonly organizationId: string; readonly orgSlug: string },
): iam.PolicyStatement[] {
  const own = DEPLOY_QUALIFIERS[side];
  const statements = [
    new iam.PolicyStatement({
      sid: 'AssumeOwnBootstrapRoles',
      actions: ['sts:AssumeRole', 'sts:TagSession'],
      resources: [`arn:aws:iam::*:role/cdk-${own}-*`],
      conditions: { StringEquals: { 'aws:ResourceOrgID': org.organizationId } },
    }),
  ];
  if (side === 'it') {
    statements.push(
      new iam.PolicyStatement({
        sid: 'NeverSecurityBootstrapRoles',
        effect: iam.Effect.DENY,
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        resources: [`arn:aws:iam::*:role/cdk-${DEPLOY_QUALIFIERS.security}-*`],
      }),
      new iam.PolicyStatement({
        sid: 'NeverSecurityStacks',
        effect: iam.Effect.DENY,
        actions: ['cloudformation:*'],
        resources: [`arn:aws:cloudformation:*:*:stack/${org.orgSlug}-security-*/*`],
      }),
    );
  }
  return statements;
}
