// The IT side's Okta stacks as Pulumi components: `it` (groups, rules, apps, assignments,
// MFA policy, pushes to AWS Identity Center, and users unless they are sharded) and, for
// large orgs, the `it-people-<n>` shards. A thin shell over the specs of
// lib/okta/it-desired-state.ts; it refuses anything that is not IT's.
import * as pulumi from '@pulumi/pulumi';
import { declareStack } from '../lib/okta/program/declare-stack';
import type { StackSpec } from '../lib/okta/spec';

export interface OktaItStackArgs {
  /** The stack's specs (`it` or an `it-people-<n>` shard, from `oktaDesiredState(model)`: IT's only). */
  readonly spec: StackSpec;
}

export class OktaItStack extends pulumi.ComponentResource {
  readonly outputs: Record<string, pulumi.Output<unknown>>;

  /**
   * Pulumi's (name, args, opts). `name` is the stack's (`spec.stack`): the root of every URN
   * in the stack, so another name is refused rather than replacing every resource.
   */
  constructor(name: string, args: OktaItStackArgs, opts?: pulumi.ComponentResourceOptions) {
    const { spec } = args;
    if (spec.side !== 'it')
      throw new Error(`OktaItStack only declares IT specs, got ${spec.side} stack ${spec.stack}`);
    if (name !== spec.stack)
      throw new Error(`OktaItStack "${name}" declares stack ${spec.stack}: name it after its stack`);
    super('blueprint:okta:ItStack', name, {}, opts);
    this.outputs = declareStack(spec, this).outputs;
    this.registerOutputs(this.outputs);
  }
}
