// Runs an Okta Pulumi program under Pulumi's mocks and records what it registers: every
// resource's type, name, parent, inputs and options as the engine would receive them,
// and every data-source call. Mocks resolve a resource's id to `<name>-id` and a lookup's
// id to `lookup:<token>:<args>`, so tests can predict every resolved reference.
import * as pulumi from '@pulumi/pulumi';
import {
  isActiveUsers,
  isLookupRef,
  isRef,
  type LookupSpec,
  type SpecValue,
  type StackSpec,
} from '../../../lib/okta/spec';

export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  readonly parent: string;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly ignoreChanges: readonly string[];
  /** Logical names of the resources it was declared to depend on (`dependsOn`), sorted. */
  readonly dependsOn: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: inputs as deserialized by the mock monitor.
  readonly inputs: any;
}

export interface MockRun {
  readonly registrations: Registration[];
  readonly calls: { token: string; args: unknown }[];
  /** Resources read rather than registered (stack references), as the mocks saw them. */
  readonly reads: { type: string; name: string }[];
  readonly outputs: unknown;
}

export const PROJECT = 'org-blueprint-okta';
export const ORGANIZATION = 'organization';
export const mockLookupId = (token: string, args: unknown) => `lookup:${token}:${sortedJson(args)}`;

/** JSON with keys sorted, so argument order does not matter. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** Sets mocks for `stack`, then runs `program` (which must import the program dynamically). */
export async function runUnderMocks(
  stack: string,
  config: Record<string, string>,
  program: () => Promise<unknown>,
  stackOutputs: Record<string, unknown> = {},
  /** Users Okta's user search (getUsers) finds, e.g. the suspended ones. */
  searchedUsers: readonly { id: string; status: string }[] = [],
): Promise<MockRun> {
  const registrations: Registration[] = [];
  const calls: { token: string; args: unknown }[] = [];
  const reads: { type: string; name: string }[] = [];
  const inputsByUrnName = new Map<string, unknown>();
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        inputsByUrnName.set(`${args.type}::${args.name}`, args.inputs);
        if (args.id !== undefined && args.id !== '') reads.push({ type: args.type, name: args.name });
        if (args.type === 'pulumi:pulumi:StackReference')
          return { id: args.name, state: { name: args.name, outputs: stackOutputs[args.name] ?? {} } };
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call(args) {
        calls.push({ token: args.token, args: args.inputs });
        if (args.token === 'okta:user/getUsers:getUsers')
          return { id: mockLookupId(args.token, args.inputs), users: [...searchedUsers] };
        return { id: mockLookupId(args.token, args.inputs) };
      },
    },
    PROJECT,
    stack,
    false,
    ORGANIZATION,
  );
  pulumi.runtime.setAllConfig(config);
  // The mock monitor does not pass options to the mocks: read them off the requests.
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource(req: RegisterRequest, cb: unknown): unknown;
  };
  const register = monitor.registerResource.bind(monitor);
  const pending: RegisterRequest[] = [];
  monitor.registerResource = (req, cb) => {
    pending.push(req);
    return register(req, cb);
  };
  const outputs = await program();
  await pulumi.runtime.disconnect();
  for (const req of pending)
    registrations.push({
      type: req.getType(),
      name: req.getName(),
      custom: req.getCustom(),
      parent: req.getParent(),
      protect: req.getProtect() === true,
      retainOnDelete: req.getRetainondelete() === true,
      ignoreChanges: req.getIgnorechangesList(),
      dependsOn: explicitDependencies(req),
      inputs: inputsByUrnName.get(`${req.getType()}::${req.getName()}`),
    });
  return { registrations, calls, reads, outputs };
}

/** What a request depends on beyond its inputs' references: its `dependsOn`, by logical name. */
function explicitDependencies(req: RegisterRequest): string[] {
  const viaInputs = new Set<string>();
  req.getPropertydependenciesMap().forEach((deps) => {
    for (const urn of deps.getUrnsList()) viaInputs.add(urn);
  });
  return req
    .getDependenciesList()
    .filter((urn) => !viaInputs.has(urn))
    .map((urn) => urn.slice(urn.lastIndexOf('::') + 2))
    .sort();
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getCustom(): boolean;
  getParent(): string;
  getProtect(): boolean | undefined;
  getRetainondelete(): boolean | undefined;
  getIgnorechangesList(): string[];
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(f: (deps: { getUrnsList(): string[] }) => void): void };
}

/**
 * A spec's inputs as the mocks resolve them: references become the ids the mocks return;
 * a list of active users is the list (the mocks' user search finds nobody inactive by default).
 */
export function resolvedInputs(
  value: SpecValue,
  lookups: readonly LookupSpec[],
  stackOutputs: Record<string, unknown> = {},
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => resolvedInputs(v, lookups, stackOutputs));
  if (isRef(value)) return `${value.$ref}-${value.property}`;
  if (isActiveUsers(value)) return resolvedInputs(value.$activeUsers, lookups, stackOutputs);
  if (isLookupRef(value)) {
    const l = lookups.find((x) => x.name === value.$lookup);
    if (!l) throw new Error(`no lookup ${value.$lookup}`);
    if (l.kind === 'invoke') return mockLookupId(l.token, resolvedInputs(l.args, lookups, stackOutputs));
    const [output, key] = [
      value.property.slice(0, value.property.indexOf('.')),
      value.property.slice(value.property.indexOf('.') + 1),
    ];
    return (stackOutputs[`${ORGANIZATION}/${PROJECT}/${l.stack}`] as Record<string, Record<string, unknown>>)[
      output
    ][key];
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, resolvedInputs(v as SpecValue, lookups, stackOutputs)]),
  );
}

/** The custom resources a run registered, keyed by logical name. */
export function customResources(run: MockRun): Map<string, Registration> {
  return new Map(
    run.registrations.filter((r) => r.custom && r.type.startsWith('okta:')).map((r) => [r.name, r]),
  );
}

export type { StackSpec };
