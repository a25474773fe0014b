// The IT side's Okta stacks as Pulumi components: `it` (groups, rules, apps, assignments,
// MFA policy, pushes to AWS Identity Center, and users unless they are sharded) and, for
// large orgs, the `it-people-<n>` shards. A thin shell over the specs of
// lib/okta/it-desired-state.ts; it refuses anything that is not IT's.
import * as pulumi from '@pulumi/pulumi';
import { declareStack } from '../lib/okta/program/declare-stack';
import type { StackSpec } from '../lib/okta/spec';

export class OktaItStack extends pulumi.ComponentResource {
  readonly outputs: Record<string, pulumi.Output<unknown>>;

  constructor(spec: StackSpec, opts?: pulumi.ComponentResourceOptions) {
    if (spec.side !== 'it')
      throw new Error(`OktaItStack only declares IT specs, got ${spec.side} stack ${spec.stack}`);
    super('blueprint:okta:ItStack', spec.stack, {}, opts);
    this.outputs = declareStack(spec, this).outputs;
    this.registerOutputs(this.outputs);
  }
}
