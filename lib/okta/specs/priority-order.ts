// Okta ranks policies of one type, and rules of one policy, by priority, and checks the
// priority a resource asks for against those that exist when it is created: priority 2
// created before priority 1 gets "provided priority was not valid" from the provider. Pulumi
// creates resources in parallel unless told otherwise, so each ranked resource depends on the
// one ranked just above it in the same list (the provider's advice: "always use depends_on to
// chain rules sequentially based on priority order").
import type { ResourceSpec, SpecValue } from '../spec';

/** Which list a resource is ranked in: its type, and for a rule the policy it belongs to. */
export function priorityList(spec: ResourceSpec): string {
  const policy: SpecValue | undefined = spec.inputs.policyId;
  return policy === undefined ? spec.type : `${spec.type} ${JSON.stringify(policy)}`;
}

const priorityOf = (spec: ResourceSpec) =>
  typeof spec.inputs.priority === 'number' ? spec.inputs.priority : undefined;

/** The specs, each ranked one depending on the one just above it in its list. */
export function inPriorityOrder(specs: readonly ResourceSpec[]): ResourceSpec[] {
  const lists = new Map<string, ResourceSpec[]>();
  for (const s of specs)
    if (priorityOf(s) !== undefined) lists.set(priorityList(s), [...(lists.get(priorityList(s)) ?? []), s]);
  const above = new Map<string, string>();
  for (const list of lists.values()) {
    const ranked = [...list].sort((a, b) => priorityOf(a)! - priorityOf(b)!);
    ranked.forEach((s, i) => {
      if (i === 0) return;
      if (priorityOf(ranked[i - 1]) === priorityOf(s))
        throw new Error(
          `internal: ${ranked[i - 1].name} and ${s.name} both ask for priority ${priorityOf(s)}`,
        );
      above.set(s.name, ranked[i - 1].name);
    });
  }
  return specs.map((s) => {
    const first = above.get(s.name);
    if (first === undefined) return s;
    const dependsOn = [...new Set([...(s.options.dependsOn ?? []), first])].sort();
    return { ...s, options: { ...s.options, dependsOn } };
  });
}
