// Sample Okta System Log events from a Sigma rule's detection: events its selections select
// (which an alert implementing the rule must match) and events it does not — a filter's
// exclusions, and near misses with one selected field changed — which must not page.
// Handles what SigmaHQ's Okta rules use: field maps and lists of maps, the contains /
// startswith / endswith / re modifiers, and the conditions `X`, `all of X*`, `X and not Y`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemLogField } from '../../lib/model/schema/okta-system-log';

export const SIGMA_DIR = join(__dirname, '..', '..', 'test', 'aws', 'fixtures', 'sigma-okta');

export interface SigmaRule {
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly level: string;
  // biome-ignore lint/suspicious/noExplicitAny: Sigma's detection section is free-form (transcribed as JSON)
  readonly detection: Record<string, any>;
}

/** The transcribed rules (test/aws/fixtures/sigma-okta/rules.json), by file name. */
export function sigmaRules(): SigmaRule[] {
  const { rules } = JSON.parse(readFileSync(join(SIGMA_DIR, 'rules.json'), 'utf8')) as { rules: SigmaRule[] };
  return [...rules].sort((a, b) => (a.file < b.file ? -1 : 1));
}

type Scalar = string | number | boolean;
interface Condition {
  readonly field: string;
  readonly modifier: '' | 'contains' | 'startswith' | 'endswith' | 're';
  readonly values: readonly Scalar[];
}
/** A selection: alternatives (a list of maps) of conditions that must all hold. */
type Selection = readonly (readonly Condition[])[];

function selection(raw: unknown): Selection {
  const maps = Array.isArray(raw) ? raw : [raw];
  return maps.map((map) =>
    Object.entries(map as Record<string, unknown>).map(([key, value]) => {
      const [field, modifier = '', ...rest] = key.split('|');
      if (rest.length || !['', 'contains', 'startswith', 'endswith', 're'].includes(modifier))
        throw new Error(`sigma-samples: unsupported modifier in ${key}`);
      return {
        field,
        modifier: modifier as Condition['modifier'],
        values: (Array.isArray(value) ? value : [value]) as Scalar[],
      };
    }),
  );
}

/** The selections that must hold and the filters that must not, from the condition. */
function condition(rule: SigmaRule): { selects: Selection[]; filters: Selection[] } {
  const { condition: text, ...named } = rule.detection;
  const get = (name: string) => {
    if (!(name in named)) throw new Error(`sigma-samples: ${rule.file}: no selection ${name}`);
    return selection(named[name]);
  };
  const single = /^(\w+)$/.exec(text);
  if (single) return { selects: [get(single[1])], filters: [] };
  const allOf = /^all of (\w+)\*$/.exec(text);
  if (allOf) {
    const prefix = allOf[1];
    return {
      selects: Object.keys(named)
        .filter((n) => n.startsWith(prefix))
        .sort()
        .map(get),
      filters: [],
    };
  }
  const andNot = /^(\w+) and not (\w+)$/.exec(text);
  if (andNot) return { selects: [get(andNot[1])], filters: [get(andNot[2])] };
  throw new Error(`sigma-samples: ${rule.file}: unsupported condition "${text}"`);
}

/** Usernames as the System Log shows them, to find values a regular expression takes or not. */
const ALTERNATE_IDS = ['jane.doe@example.com', '0oa1b2c3d4e5f6g7h8i9', 'Summer2026!Secret', 'hunter2'];

/** The sample values a regular expression condition takes. */
function reMatches(c: Condition): string[] {
  const found = ALTERNATE_IDS.filter((s) => c.values.some((v) => new RegExp(String(v)).test(s)));
  if (found.length === 0) throw new Error(`sigma-samples: no sample value matches ${c.values.join(', ')}`);
  return found;
}

/** How many ways a condition selects: each listed value, or each sample value a regex takes. */
const ways = (c: Condition) => (c.modifier === 're' ? reMatches(c).length : c.values.length);

/** The value of the condition's i-th way, typed as the System Log types the field. */
function satisfying(c: Condition, i: number): Scalar {
  if (c.modifier === 're') return reMatches(c)[i % reMatches(c).length];
  const v = c.values[i % c.values.length];
  const text = String(v);
  if (c.modifier === 'contains') return `sample-${text}-sample`;
  if (c.modifier === 'startswith') return `${text}-sample`;
  if (c.modifier === 'endswith') return `sample-${text}`;
  const type = systemLogField(c.field);
  if (type?.kind === 'boolean') return text === 'true';
  if (type?.kind === 'number') return Number(v);
  return v;
}

/** A value of the field's type the condition does not select. */
function unsatisfying(c: Condition): Scalar {
  if (c.modifier === 're') {
    const found = ALTERNATE_IDS.find((s) => !c.values.some((v) => new RegExp(String(v)).test(s)));
    if (!found) throw new Error(`sigma-samples: every sample value matches ${c.values.join(', ')}`);
    return found;
  }
  const type = systemLogField(c.field);
  if (type?.kind === 'boolean') return !satisfying(c, 0);
  if (type?.kind === 'number') return -1;
  return c.field === 'eventType' ? 'sample.unrelated.event' : 'unrelated sample value';
}

/** Writes a dotted System Log field into an event; `target` and `request.ipChain` are lists of objects. */
// biome-ignore lint/suspicious/noExplicitAny: a System Log event is free-form JSON
function put(event: Record<string, any>, field: string, value: Scalar): void {
  const keys = field.split('.');
  let at = event;
  keys.slice(0, -1).forEach((key, i) => {
    const path = keys.slice(0, i + 1).join('.');
    if (path === 'target' || path === 'request.ipChain') {
      at[key] ??= [{}];
      at = at[key][0];
    } else at = at[key] ??= {};
  });
  at[keys[keys.length - 1]] = value;
}

type Assignment = readonly (readonly [Condition, Scalar])[];

function event(assignments: Assignment): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    uuid: '5b1a2a3c-0000-4000-8000-000000000000',
    published: '2026-11-23T09:00:00.000Z',
    eventType: 'sample.unspecified',
    version: '0',
    severity: 'INFO',
  };
  for (const [c, v] of assignments) put(detail, c.field, v);
  return {
    version: '0',
    id: '00000000-0000-4000-8000-000000000000',
    'detail-type': 'SystemLog',
    source: 'aws.partner/okta.com/acme/acme-okta-system-log',
    account: '333333333333',
    time: '2026-11-23T09:00:00Z',
    region: 'eu-west-1',
    resources: [],
    detail,
  };
}

/** Each way a selection selects: per alternative, one assignment per listed value. */
function variants(s: Selection): Assignment[] {
  return s.flatMap((alt) => {
    const n = Math.max(...alt.map(ways));
    return Array.from({ length: n }, (_, i) => alt.map((c) => [c, satisfying(c, i)] as const));
  });
}

export interface SigmaSamples {
  /** Events the rule selects: every listed value and every alternative at least once. */
  readonly selected: Record<string, unknown>[];
  /** Events it does not: a filter's exclusions, and each selected field changed. */
  readonly notSelected: Record<string, unknown>[];
}

export function sigmaSamples(rule: SigmaRule): SigmaSamples {
  const { selects, filters } = condition(rule);
  const base = selects.map((s) => variants(s)[0]);
  // Outside the filters: a value of each filtered field the filter does not take.
  const unfiltered: Assignment = filters.flatMap((f) => f.flat().map((c) => [c, unsatisfying(c)] as const));
  const selected = selects.flatMap((s, i) =>
    variants(s).map((v) => event([...base.flatMap((b, j) => (j === i ? v : b)), ...unfiltered])),
  );
  const notSelected = [
    ...filters.flatMap((f) => variants(f).map((v) => event([...base.flat(), ...v]))),
    ...selects.flatMap((s, i) => {
      const others = base.flatMap((b, j) => (j === i ? [] : b));
      // A single map: change one field at a time; alternatives: none of them holds.
      return s.length === 1
        ? s[0].map((c) =>
            event([
              ...others,
              ...base[i].map(([d, v]) => [d, d === c ? unsatisfying(c) : v] as const),
              ...unfiltered,
            ]),
          )
        : [event([...others, ...unfiltered])];
    }),
  ];
  return { selected, notSelected };
}

/** Whether the rule selects on the event type (the figure the issue counts). */
export const selectsByEventType = (rule: SigmaRule): boolean =>
  condition(rule).selects.some((s) => s.some((alt) => alt.some((c) => c.field === 'eventType')));
