// The CDK app of an org: a pure function of the model. IT's and Security's access stacks
// declare only their owner's permission sets and grants (ownerSlice); every stack maps the
// model to its constructs' narrow props. Used by bin/cdk.ts (`cdk synth`/`deploy`),
// `blueprint plan` and the tests.
import { App } from 'aws-cdk-lib';
import { planAssignmentShards } from '../lib/aws/assignment-shards';
import { CDK_FEATURE_FLAGS } from '../lib/aws/cdk-feature-flags';
import type { GithubDeployment } from '../lib/aws/github-deploy-roles';
import { assignmentsFromGrants } from '../lib/aws/grant-assignments';
import { LifecycleAutomation } from '../lib/aws/lifecycle-automation';
import { addNagChecks } from '../lib/aws/nag-packs';
import { accountByRole } from '../lib/aws/org-accounts';
import { stackName } from '../lib/aws/org-naming';
import type { OrgModel } from '../lib/model/org-model';
import { ownerSlice } from '../lib/model/partition';
import { type AccessShardStack, addAccessShards } from './access-stacks';
import { ItStack, type ItStackExtension } from './it-stack';
import { lifecycleAutomationProps } from './lifecycle-automation-props';
import { addSecurityStacks, type SecurityStacks } from './security-stack';

export interface BuildAppOptions {
  /** Where the cloud assembly is written. @default - a temporary folder */
  readonly outdir?: string;
  /** aws-cdk-lib's built-in CloudFormation validation (about 3 s of the example's synth). @default true */
  readonly validation?: boolean;
  /** cdk-nag (AWS Solutions, NIST 800-53 rev 5) as validation plugins failing synth. @default false */
  readonly nag?: boolean;
  /** The repository and GitHub environments the deploy roles trust. @default - see defaultDeployment */
  readonly deployment?: Partial<GithubDeployment>;
  /** Extra constructs for the IT stack, after IT_EXTENSIONS. @default - none */
  readonly itExtensions?: readonly ItStackExtension[];
}

/**
 * What IT's stack gets beyond its Identity Center access, in every app (cdk synth, plan,
 * review, tests). An extension is one line: a function of the IT stack that adds constructs
 * to it, as the lifecycle automation below does.
 */
export const IT_EXTENSIONS: readonly ItStackExtension[] = [
  (stack) => new LifecycleAutomation(stack, 'LifecycleAutomation', lifecycleAutomationProps(stack.model)),
];

export interface BlueprintApp {
  readonly app: App;
  readonly it: ItStack;
  readonly itAccessShards: readonly AccessShardStack[];
  readonly security: SecurityStacks;
}

/**
 * The repository and environments the deploy roles trust: `github:` in org.yaml; else
 * `<github org>/org-blueprint` (the GitHub organization of the first team) and
 * environments named after the owners.
 */
export function defaultDeployment(model: OrgModel, given: Partial<GithubDeployment> = {}): GithubDeployment {
  const githubOrg = model.teams[0]?.github.split('/')[0] ?? 'unknown';
  return {
    repository: given.repository ?? model.github?.repository ?? `${githubOrg}/org-blueprint`,
    environments: given.environments ?? model.github?.environments ?? { it: 'it', security: 'security' },
  };
}

export function buildApp(model: OrgModel, options: BuildAppOptions = {}): BlueprintApp {
  const app = new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: options.validation ?? true,
    // The tree and version metadata only add noise to templates reviewed in pull requests.
    analyticsReporting: false,
    context: { ...CDK_FEATURE_FLAGS },
  });
  if (options.nag) addNagChecks(app);
  const management = accountByRole(model, 'management');

  const itSlice = ownerSlice(model, 'it');
  const itPlan = planAssignmentShards(assignmentsFromGrants(model, itSlice));
  const it = new ItStack(app, stackName(model, 'it'), {
    model,
    slice: itSlice,
    account: management,
    shards: itPlan,
    extensions: [...IT_EXTENSIONS, ...(options.itExtensions ?? [])],
  });
  const itAccessShards = addAccessShards(app, {
    model,
    main: it,
    permissionSets: it.access.permissionSets,
    plan: itPlan,
    account: management,
  });

  const deployment = defaultDeployment(model, {
    repository: app.node.tryGetContext('blueprint:githubRepository'),
    ...options.deployment,
  });
  const security = addSecurityStacks(app, { model, slice: ownerSlice(model, 'security'), deployment });
  return { app, it, itAccessShards, security };
}
