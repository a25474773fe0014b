// The walled-off side of IT's deploy, read once from the synthesized example org: IT's
// CloudFormation execution role and GitHub deploy role (their managed policies), Security's
// boundary of IT's roles, the ceiling of IT's permission sets (from the member baseline's
// template) and the guardrail SCPs — the policy documents as deployed, for the simulator.

import { literalPolicy, type PolicyJson, type SimulatedPrincipal } from './iam-simulation';
import { exampleModel, type SynthesizedApp, synthApp } from './synth-app';

export const MANAGEMENT = '111111111111';
export const LOG_ARCHIVE = '222222222222';
export const AUDIT = '333333333333';
export const DEV = '444444444444';
export const BOUNDARY = `arn:aws:iam::${MANAGEMENT}:policy/acme-security-it-role-boundary`;
export const IT_ROLE = `arn:aws:iam::${MANAGEMENT}:role/acme-it-LifecycleAutomationFunctionsOkt-AbC123`;
export const INSTANCE = 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0';
export const PERMISSION_SET = 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-0123456789abcdef';
export const SECURITY_TAG = { 'aws:ResourceTag/blueprint:owner': 'security' };
export const bounded = (extra: Record<string, string> = {}) => ({
  'iam:PermissionsBoundary': BOUNDARY,
  ...extra,
});

export interface DeployWall {
  readonly app: SynthesizedApp;
  readonly execution: SimulatedPrincipal;
  readonly pipeline: SimulatedPrincipal;
  readonly roleBoundary: PolicyJson;
  readonly ceiling: PolicyJson;
  readonly scps: PolicyJson[];
}

/** Synthesizes the example org (validation off) and reads the wall's policies out of it. */
export function synthesizedWall(): DeployWall {
  const app = synthApp(exampleModel());
  const managedPolicy = (stack: string, name: string) =>
    literalPolicy(
      Object.values(app.template(stack).findResources('AWS::IAM::ManagedPolicy')).find(
        (p) => p.Properties.ManagedPolicyName === name,
      )?.Properties.PolicyDocument,
    );
  const org = app.template('acme-security-organization');
  const [stackSet] = Object.values(org.findResources('AWS::CloudFormation::StackSet'));
  return {
    app,
    execution: {
      arn: `arn:aws:iam::${MANAGEMENT}:role/cdk-bpit-cfn-exec-role-${MANAGEMENT}-eu-west-1`,
      identityPolicies: [managedPolicy('acme-security-deploy-roles', 'acme-it-cfn-execution')],
    },
    pipeline: {
      arn: `arn:aws:iam::${MANAGEMENT}:role/acme-it-deploy`,
      identityPolicies: [managedPolicy('acme-security-deploy-roles', 'acme-it-deploy-policy')],
    },
    roleBoundary: managedPolicy('acme-security-deploy-roles', 'acme-security-it-role-boundary'),
    ceiling: literalPolicy(
      JSON.parse(stackSet.Properties.TemplateBody).Resources.ItAccessCeiling.Properties.PolicyDocument,
    ),
    scps: Object.values(org.findResources('AWS::Organizations::Policy')).map((p) =>
      literalPolicy(p.Properties.Content),
    ),
  };
}
