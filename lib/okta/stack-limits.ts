// The size a Pulumi stack may reach here: beyond it previews slow down and the program's
// memory under the Pulumi SDK approaches Node's default heap.
import type { StackSpec } from './spec';

export const MAX_RESOURCES_PER_STACK = 2500;

export function oversizedStacks(stacks: readonly StackSpec[], max = MAX_RESOURCES_PER_STACK): string[] {
  return stacks
    .filter((s) => s.resources.length > max)
    .map(
      (s) =>
        `stack ${s.stack} declares ${s.resources.length} Okta resources, over the ${max} a stack may hold; split its groups or apps, or source users from HR`,
    );
}
