// The Okta provider's own validations (vendored in test/okta/fixtures/provider-validations.json,
// with their source and licence) applied to stack specs: what `pulumi up` would reject before
// calling Okta, found without the network. References and lookups are resolved at deploy time,
// so only literal values are checked.
import { isIP } from 'node:net';
import {
  isActiveUsers,
  isLookupRef,
  isRef,
  type ResourceSpec,
  type SpecObject,
  type SpecValue,
  type StackSpec,
} from '../../../lib/okta/spec';
import { priorityList } from '../../../lib/okta/specs/priority-order';
import validations from '../fixtures/provider-validations.json';

export interface Rule {
  readonly line: number;
  readonly file?: string;
  readonly pattern?: string;
  readonly oneOf?: readonly string[];
  readonly length?: readonly [number, number];
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly json?: boolean;
  readonly ipAddress?: string;
  readonly deprecated?: string;
  readonly onlyWith?: Readonly<Record<string, readonly string[]>>;
  /** The argument must be set when another holds one of these values (a top-level argument). */
  readonly requiredWhen?: Readonly<Record<string, readonly string[]>>;
  /** The argument cannot be set beside these (the schema's ConflictsWith, at `conflictsLine`). */
  readonly conflictsWith?: readonly string[];
  readonly conflictsLine?: number;
}

interface Entry {
  readonly file: string;
  readonly arguments: Readonly<Record<string, Rule>>;
}

export const PROVIDER = validations as unknown as {
  readonly release: string;
  readonly commit: string;
  readonly licence: string;
  readonly resources: Readonly<Record<string, Entry>>;
  readonly lookups: Readonly<Record<string, Entry>>;
};

/** A pattern the provider validates an argument with, read as Go reads it. */
export function providerPattern(type: string, argument: string): RegExp {
  const pattern = PROVIDER.resources[type]?.arguments[argument]?.pattern;
  if (!pattern) throw new Error(`no provider pattern for ${type} ${argument}`);
  return new RegExp(pattern);
}

const unresolved = (v: SpecValue) => isRef(v) || isLookupRef(v) || isActiveUsers(v);

/** The values at `a.b[]` in `inputs` (a missing path gives none). */
function valuesAt(inputs: SpecObject, path: string): SpecValue[] {
  let values: SpecValue[] = [inputs];
  for (const part of path.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    values = values.flatMap((v) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || unresolved(v)) return [];
      const next = (v as SpecObject)[key];
      if (next === undefined) return [];
      if (!each) return [next];
      return Array.isArray(next) ? [...next] : [];
    });
  }
  return values;
}

function ipAddress(value: string): boolean {
  if (value.includes('/')) {
    const [ip, bits] = value.split('/');
    const max = isIP(ip) === 4 ? 32 : isIP(ip) === 6 ? 128 : -1;
    return /^\d+$/.test(bits) && Number(bits) <= max;
  }
  if (value.includes('-')) {
    const parts = value.split('-');
    return parts.length === 2 && parts.every((p) => isIP(p) !== 0);
  }
  return isIP(value) !== 0;
}

/** Why `value` fails `rule`, if it does. */
function violation(rule: Rule, value: SpecValue, inputs: SpecObject): string | undefined {
  if (unresolved(value)) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (rule.deprecated) return `is deprecated ("${rule.deprecated}")`;
  if (rule.pattern && !new RegExp(rule.pattern).test(text)) return `${text} does not match ${rule.pattern}`;
  if (rule.oneOf && !rule.oneOf.includes(text)) return `${text} is not one of ${rule.oneOf.join(', ')}`;
  if (rule.length && (text.length < rule.length[0] || text.length > rule.length[1]))
    return `${text} is not ${rule.length[0]}-${rule.length[1]} characters long`;
  if (rule.maxLength !== undefined && text.length > rule.maxLength)
    return `${text} is longer than ${rule.maxLength} characters`;
  if (rule.maxItems !== undefined && Array.isArray(value) && value.length > rule.maxItems)
    return `has ${value.length} items, more than ${rule.maxItems}`;
  if (rule.json) {
    try {
      JSON.parse(text);
    } catch {
      return `${text} is not JSON`;
    }
  }
  if (rule.ipAddress && !ipAddress(text)) return `${text} is not a CIDR, an IP range or an IP address`;
  if (rule.onlyWith)
    for (const [argument, allowed] of Object.entries(rule.onlyWith)) {
      const other = inputs[argument];
      if (typeof other === 'string' && !allowed.includes(other))
        return `is only supported with ${argument} ${allowed.join(', ')}, not ${other}`;
    }
  return undefined;
}

function argumentFindings(
  what: string,
  entry: Entry | undefined,
  kind: string,
  inputs: SpecObject,
): string[] {
  if (!entry) return [`${what}: no provider validations vendored for this ${kind}; read them and add them`];
  const at = (rule: Rule, line = rule.line) => `(${rule.file ?? entry.file}:${line})`;
  return Object.entries(entry.arguments).flatMap(([path, rule]) => {
    const values = valuesAt(inputs, path);
    const required = Object.entries(rule.requiredWhen ?? {}).flatMap(([argument, when]) => {
      const other = inputs[argument];
      return values.length === 0 && typeof other === 'string' && when.includes(other)
        ? [`${what} ${path}: is required with ${argument} ${other} ${at(rule)}`]
        : [];
    });
    const conflicts =
      values.length === 0
        ? []
        : (rule.conflictsWith ?? [])
            .filter((other) => inputs[other] !== undefined)
            .map((other) => `${what} ${path}: conflicts with ${other} ${at(rule, rule.conflictsLine)}`);
    return [
      ...required,
      ...conflicts,
      ...values.flatMap((value) => {
        const why = violation(rule, value, inputs);
        return why ? [`${what} ${path}: ${why} ${at(rule)}`] : [];
      }),
    ];
  });
}

/**
 * Policies and rules that ask for a priority above 1 without depending on the one ranked just
 * above them in their list: created in parallel, Okta would refuse them.
 */
function priorityFindings(resources: readonly ResourceSpec[]): string[] {
  const lists = new Map<string, ResourceSpec[]>();
  for (const r of resources)
    if (typeof r.inputs.priority === 'number')
      lists.set(priorityList(r), [...(lists.get(priorityList(r)) ?? []), r]);
  const findings: string[] = [];
  for (const list of lists.values()) {
    const ranked = [...list].sort((a, b) => (a.inputs.priority as number) - (b.inputs.priority as number));
    ranked.forEach((r, i) => {
      if (i > 0 && !(r.options.dependsOn ?? []).includes(ranked[i - 1].name))
        findings.push(
          `${r.name}: priority ${r.inputs.priority} does not depend on ${ranked[i - 1].name} (priority ${ranked[i - 1].inputs.priority})`,
        );
    });
  }
  return findings;
}

/** Everything in a stack spec the provider would reject or warn about. */
export function providerFindings(stack: StackSpec): string[] {
  return [
    ...stack.resources.flatMap((r) =>
      argumentFindings(`${stack.stack} ${r.name} (${r.type})`, PROVIDER.resources[r.type], 'type', r.inputs),
    ),
    ...stack.lookups.flatMap((l) =>
      l.kind === 'invoke'
        ? argumentFindings(
            `${stack.stack} lookup ${l.name} (${l.token})`,
            PROVIDER.lookups[l.token],
            'data source',
            l.args,
          )
        : [],
    ),
    ...priorityFindings(stack.resources),
  ];
}
