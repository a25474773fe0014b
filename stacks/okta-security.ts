// The security side's Okta stack as a Pulumi component: privileged groups and
// memberships, admin roles, the org-wide policies (global sessions, passwords and lockout,
// authenticator enrollment), every app's authentication policy, network zones and
// ThreatInsight, the log stream, and privileged groups' access to IT's apps. A thin shell
// over lib/okta/security-desired-state.ts.
import * as pulumi from '@pulumi/pulumi';
import { declareStack } from '../lib/okta/program/declare-stack';
import type { StackSpec } from '../lib/okta/spec';

export class OktaSecurityStack extends pulumi.ComponentResource {
  readonly outputs: Record<string, pulumi.Output<unknown>>;

  constructor(spec: StackSpec, opts?: pulumi.ComponentResourceOptions) {
    if (spec.side !== 'security')
      throw new Error(`OktaSecurityStack only declares security specs, got ${spec.side} stack ${spec.stack}`);
    super('blueprint:okta:SecurityStack', spec.stack, {}, opts);
    this.outputs = declareStack(spec, this).outputs;
    this.registerOutputs(this.outputs);
  }
}
