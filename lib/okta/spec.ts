// The desired Okta state as plain data: every resource a Pulumi stack declares, as a
// spec (type token, logical name, inputs, options), plus the lookups it needs. Specs are
// a pure function of the model, so `blueprint plan` can write them without the Pulumi
// runtime, and the Pulumi program maps them 1:1 onto @pulumi/okta resources.

/** A value inside a spec's inputs: JSON, where an object may be a reference. */
export type SpecValue =
  | null
  | boolean
  | number
  | string
  | readonly SpecValue[]
  | SpecObject
  | SpecRef
  | LookupRef
  | ActiveUsers;
export interface SpecObject {
  readonly [key: string]: SpecValue;
}

/** An output (usually `id`) of another resource of the same stack, by logical name. */
export interface SpecRef {
  readonly $ref: string;
  readonly property: string;
}

/**
 * A value read at deploy time from outside the stack: a field of a data-source result, or
 * for `stack-output` lookups a key of a map output (`groupIds.engineering`).
 */
export interface LookupRef {
  readonly $lookup: string;
  readonly property: string;
}

export interface ResourceOptions {
  /** `pulumi up` refuses to delete it (users, groups, apps, the log stream). */
  readonly protect?: true;
  /** Removing it from the program forgets it instead of deleting it in Okta (users). */
  readonly retainOnDelete?: true;
  /** Inputs set at creation and then owned by something else (a user's status: the lifecycle). */
  readonly ignoreChanges?: readonly string[];
  /**
   * Resources of the same stack (logical names) created before this one although no input
   * references them: Okta checks a policy's or rule's priority against those that exist when
   * it is created ("provided priority was not valid"), so priority n waits for priority n - 1.
   */
  readonly dependsOn?: readonly string[];
}

export interface ResourceSpec {
  /** The Pulumi type token, e.g. `okta:user/user:User`. */
  readonly type: string;
  /** Logical name, unique in the stack, derived from config ids (`user.dana-whitfield`). */
  readonly name: string;
  /** The component it is declared in (`blueprint:okta:<component>`). */
  readonly component: string;
  readonly inputs: SpecObject;
  readonly options: ResourceOptions;
}

/**
 * A data source called at deploy time (`okta:user/getUser:getUser`). Its arguments may read
 * another lookup (the Admin Console's policy is found from the Admin Console app's id).
 */
export interface InvokeLookup {
  readonly kind: 'invoke';
  readonly name: string;
  readonly token: string;
  readonly args: SpecObject;
}

/** An output of another stack of this project (one-way: IT shards read the `it` stack). */
export interface StackOutputLookup {
  readonly kind: 'stack-output';
  readonly name: string;
  readonly stack: string;
}

export type LookupSpec = InvokeLookup | StackOutputLookup;

/**
 * A list of Okta user ids less the users a lookup finds inactive (a `getUsers` result's
 * `users`), filtered when the stack deploys: the config lists who should be a member, Okta's
 * current status decides whether a deploy may add them back.
 */
export interface ActiveUsers {
  readonly $activeUsers: readonly SpecValue[];
  readonly inactive: LookupRef;
}

export interface StackSpec {
  /** The Pulumi stack name: `it`, `security`, or `it-people-<n>` for a shard of people. */
  readonly stack: string;
  readonly side: 'it' | 'security';
  readonly lookups: readonly LookupSpec[];
  readonly resources: readonly ResourceSpec[];
  /** Stack outputs, e.g. `groupIds` (config id → Okta id) that shard stacks read. */
  readonly outputs: Readonly<Record<string, SpecObject>>;
}

export const ref = (name: string, property = 'id'): SpecRef => ({ $ref: name, property });
export const lookup = (name: string, property = 'id'): LookupRef => ({ $lookup: name, property });

export function isRef(value: unknown): value is SpecRef {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

export function isLookupRef(value: unknown): value is LookupRef {
  return typeof value === 'object' && value !== null && '$lookup' in value;
}

export function isActiveUsers(value: unknown): value is ActiveUsers {
  return typeof value === 'object' && value !== null && '$activeUsers' in value;
}

/** Every reference (to a resource or a lookup) inside a value, in document order. */
export function referencesIn(value: SpecValue): (SpecRef | LookupRef)[] {
  if (isRef(value) || isLookupRef(value)) return [value];
  if (isActiveUsers(value)) return [...value.$activeUsers.flatMap(referencesIn), value.inactive];
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value === 'object' && value !== null)
    return Object.values(value as SpecObject).flatMap(referencesIn);
  return [];
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A stack spec in its canonical order: resources and lookups sorted by name. */
export function stackSpec(
  stack: string,
  side: 'it' | 'security',
  resources: readonly ResourceSpec[],
  lookups: readonly LookupSpec[] = [],
  outputs: Readonly<Record<string, SpecObject>> = {},
): StackSpec {
  const names = new Set<string>();
  for (const r of resources) {
    if (names.has(r.name))
      throw new Error(`internal: two Okta resources named "${r.name}" in stack ${stack}`);
    names.add(r.name);
  }
  return {
    stack,
    side,
    lookups: [...lookups].sort(byName),
    resources: [...resources].sort(byName),
    outputs,
  };
}
