// Runs one resource-validation policy on a resource as the engine would describe it.
import type { ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';

export interface FakeResource {
  readonly type: string;
  readonly name: string;
  readonly stack: string;
  readonly protect?: boolean;
  readonly ignoreChanges?: readonly string[];
}

export function violations(policy: ResourceValidationPolicy, r: FakeResource): string[] {
  const found: string[] = [];
  const args = {
    type: r.type,
    name: r.name,
    urn: `urn:pulumi:${r.stack}::org-blueprint-okta::blueprint:okta:ItStack$${r.type}::${r.name}`,
    props: {},
    opts: {
      protect: r.protect === true,
      ignoreChanges: [...(r.ignoreChanges ?? [])],
      aliases: [],
      additionalSecretOutputs: [],
    },
  } as unknown as ResourceValidationArgs;
  const validate = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : [policy.validateResource];
  for (const v of validate) v?.(args, (message) => found.push(message));
  return found;
}
