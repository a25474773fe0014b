// The security side's Okta stack as a Pulumi component: privileged groups and
// memberships, admin roles, the org-wide policies (global sessions, passwords and lockout,
// authenticator enrollment), every app's authentication policy, network zones and
// ThreatInsight, the log stream, and privileged groups' access to IT's apps. A thin shell
// over lib/okta/security-desired-state.ts.
import * as pulumi from '@pulumi/pulumi';
import { declareStack } from '../lib/okta/program/declare-stack';
import type { StackSpec } from '../lib/okta/spec';

export interface OktaSecurityStackArgs {
  /** The stack's specs (`security`, from `oktaDesiredState(model)`: Security's only). */
  readonly spec: StackSpec;
}

export class OktaSecurityStack extends pulumi.ComponentResource {
  readonly outputs: Record<string, pulumi.Output<unknown>>;

  /**
   * Pulumi's (name, args, opts). `name` is the stack's (`spec.stack`): the root of every URN
   * in the stack, so another name is refused rather than replacing every resource.
   */
  constructor(name: string, args: OktaSecurityStackArgs, opts?: pulumi.ComponentResourceOptions) {
    const { spec } = args;
    if (spec.side !== 'security')
      throw new Error(`OktaSecurityStack only declares security specs, got ${spec.side} stack ${spec.stack}`);
    if (name !== spec.stack)
      throw new Error(`OktaSecurityStack "${name}" declares stack ${spec.stack}: name it after its stack`);
    super('blueprint:okta:SecurityStack', name, {}, opts);
    this.outputs = declareStack(spec, this).outputs;
    this.registerOutputs(this.outputs);
  }
}
