// The Pulumi side of a stack spec, 1:1: each resource spec becomes the @pulumi/okta
// resource of its type, with its name, inputs and options, under its component; each
// reference becomes the referenced resource's output, each lookup a data-source call or a
// stack reference (whose arguments may read another lookup), each `dependsOn` the resources
// it names. Nothing is decided here: every decision is in the specs.
import * as pulumi from '@pulumi/pulumi';
import {
  isActiveUsers,
  isLookupRef,
  isRef,
  type LookupSpec,
  type ResourceSpec,
  type SpecValue,
  type StackSpec,
} from '../spec';
import { componentName, OktaComponent } from './okta-component';
import { LOOKUP_FUNCTIONS, RESOURCE_CLASSES } from './resource-classes';

export interface DeclaredStack {
  readonly resources: ReadonlyMap<string, pulumi.CustomResource>;
  readonly outputs: Record<string, pulumi.Output<unknown>>;
}

export function declareStack(spec: StackSpec, parent: pulumi.Resource): DeclaredStack {
  const specs = new Map(spec.resources.map((r) => [r.name, r]));
  const lookupSpecs = new Map(spec.lookups.map((l) => [l.name, l]));
  const lookups = new Map<string, (property: string) => pulumi.Output<unknown>>();
  const lookupFor = (name: string) => {
    const done = lookups.get(name);
    if (done) return done;
    const l = lookupSpecs.get(name);
    if (!l) throw new Error(`stack ${spec.stack}: unknown lookup "${name}"`);
    const value = lookupValue(l, parent, resolve);
    lookups.set(name, value);
    return value;
  };
  const components = new Map<string, OktaComponent>();
  const declared = new Map<string, pulumi.CustomResource>();
  const declaring = new Set<string>();

  const component = (kind: string) => {
    const existing = components.get(kind);
    if (existing) return existing;
    const created = new OktaComponent(componentName(kind), { kind }, { parent });
    components.set(kind, created);
    return created;
  };

  const resolve = (value: SpecValue): pulumi.Input<unknown> => {
    if (isRef(value)) {
      const target = declare(value.$ref);
      return (target as unknown as Record<string, pulumi.Output<unknown>>)[value.property];
    }
    if (isLookupRef(value)) return lookupFor(value.$lookup)(value.property);
    if (isActiveUsers(value)) {
      // Who Okta says is suspended or deactivated now: a deploy never adds them back.
      const inactive = pulumi.output(resolve(value.inactive)) as pulumi.Output<{ id: string }[] | undefined>;
      return pulumi
        .all([pulumi.output(value.$activeUsers.map(resolve)) as pulumi.Output<string[]>, inactive])
        .apply(([ids, users]) => {
          const gone = new Set((users ?? []).map((u) => u.id));
          return ids.filter((id) => !gone.has(id));
        });
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v as SpecValue)]));
    return value;
  };

  // Declared in dependency order: a resource after everything its inputs reference.
  function declare(name: string): pulumi.CustomResource {
    const done = declared.get(name);
    if (done) return done;
    const s: ResourceSpec | undefined = specs.get(name);
    if (!s) throw new Error(`stack ${spec.stack}: unknown resource "${name}"`);
    if (declaring.has(name)) throw new Error(`stack ${spec.stack}: reference cycle through "${name}"`);
    declaring.add(name);
    const ResourceClass = RESOURCE_CLASSES[s.type as keyof typeof RESOURCE_CLASSES];
    if (!ResourceClass) throw new Error(`stack ${spec.stack}: no @pulumi/okta class for ${s.type}`);
    const { ignoreChanges, dependsOn, ...options } = s.options;
    const resource = new ResourceClass(s.name, resolve(s.inputs) as never, {
      parent: component(s.component),
      ...options,
      ...(ignoreChanges ? { ignoreChanges: [...ignoreChanges] } : {}),
      ...(dependsOn ? { dependsOn: dependsOn.map(declare) } : {}),
    });
    declared.set(name, resource);
    return resource;
  }

  for (const l of spec.lookups) lookupFor(l.name);
  for (const s of spec.resources) declare(s.name);
  for (const c of components.values()) c.done();
  const outputs = Object.fromEntries(
    Object.entries(spec.outputs).map(([k, v]) => [k, pulumi.output(resolve(v))]),
  );
  return { resources: declared, outputs };
}

/** A lookup, as a function from the property a reference reads to its value. */
function lookupValue(
  spec: LookupSpec,
  parent: pulumi.Resource,
  resolve: (value: SpecValue) => pulumi.Input<unknown>,
): (property: string) => pulumi.Output<unknown> {
  if (spec.kind === 'stack-output') {
    const stack = new pulumi.StackReference(
      `${pulumi.getOrganization()}/${pulumi.getProject()}/${spec.stack}`,
      {},
      { parent },
    );
    return (property) => {
      const [output, key] = splitOnce(property);
      return stack.requireOutput(output).apply((map) => {
        const value = (map as Record<string, unknown>)[key];
        if (value === undefined) throw new Error(`stack ${spec.stack} has no ${property}; deploy it first`);
        return value;
      });
    };
  }
  const invoke = LOOKUP_FUNCTIONS[spec.token];
  if (!invoke) throw new Error(`no @pulumi/okta data source for ${spec.token}`);
  const result = invoke(resolve(spec.args) as never, { parent });
  return (property) => result.apply((r) => (r as Record<string, unknown>)[property]);
}

function splitOnce(path: string): [string, string] {
  const dot = path.indexOf('.');
  return dot < 0 ? [path, ''] : [path.slice(0, dot), path.slice(dot + 1)];
}
