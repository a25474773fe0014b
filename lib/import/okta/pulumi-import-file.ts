// The `pulumi import --file` documents that make the first deploy adopt what Okta already
// has: one per Okta stack, walking the stack's desired state as the Pulumi program declares
// it (lib/okta/desired-state.ts on the imported config), so every name, type and parent is
// the program's own: the stack component, then its components (`blueprint:okta:Users`, ...),
// then each resource with its Okta id. Resources Okta does not have yet are listed apart:
// the first deploy creates them.
import { componentName } from '../../okta/program/okta-component';
import type { StackSpec } from '../../okta/spec';

export interface PulumiImportResource {
  readonly type: string;
  readonly name: string;
  readonly id?: string;
  readonly parent?: string;
  readonly component?: true;
}

export interface PulumiImportPlan {
  /** Stack name → the import file's JSON document. */
  readonly files: Readonly<Record<string, { resources: PulumiImportResource[] }>>;
  /** Resources the first deploy creates, per stack (not in Okta, or not found by the import). */
  readonly creates: readonly { readonly stack: string; readonly name: string; readonly type: string }[];
  readonly adoptions: number;
}

/** The stack's own component, as stacks/okta-it.ts and okta-security.ts declare it. */
const STACK_COMPONENT = { it: 'blueprint:okta:ItStack', security: 'blueprint:okta:SecurityStack' } as const;

/** The key of a logical name both stacks declare (the Identity Center assignment group). */
export const stackScoped = (stack: string, name: string) => `${stack}:${name}`;

export function pulumiImportPlan(
  stacks: readonly StackSpec[],
  allIds: ReadonlyMap<string, string>,
): PulumiImportPlan {
  const files: Record<string, { resources: PulumiImportResource[] }> = {};
  const creates: { stack: string; name: string; type: string }[] = [];
  let adoptions = 0;
  for (const stack of stacks) {
    const idOf = (name: string) => allIds.get(stackScoped(stack.stack, name)) ?? allIds.get(name);
    const importIds = { has: (name: string) => idOf(name) !== undefined, get: idOf };
    const adopted = stack.resources.filter((r) => importIds.has(r.name));
    for (const r of stack.resources)
      if (!importIds.has(r.name)) creates.push({ stack: stack.stack, name: r.name, type: r.type });
    if (adopted.length === 0) continue;
    const components = [...new Set(adopted.map((r) => r.component))].sort();
    const resources: PulumiImportResource[] = [
      { type: STACK_COMPONENT[stack.side], name: stack.stack, component: true },
      ...components.map((c) => ({
        type: `blueprint:okta:${c}`,
        name: componentName(c),
        parent: stack.stack,
        component: true as const,
      })),
      ...adopted.map((r) => ({
        type: r.type,
        name: r.name,
        id: importIds.get(r.name)!,
        parent: componentName(r.component),
      })),
    ];
    adoptions += adopted.length;
    files[stack.stack] = { resources };
  }
  return { files, creates, adoptions };
}

export const importFileJson = (file: { resources: PulumiImportResource[] }) =>
  `${JSON.stringify(file, null, 2)}\n`;
