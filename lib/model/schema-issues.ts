// Turns schema (zod) issues into diagnostics a person can act on: the key or value at
// fault, what was expected, and the fix ("allowed keys: ...", "did you mean ...").
import type { z } from 'zod';
import type { Diagnostic, PathSegment } from './diagnostic';
import { didYouMean } from './did-you-mean';
import type { SourceFile } from './source-file';

type Issue = z.core.$ZodIssue & { input?: unknown };
// biome-ignore lint/suspicious/noExplicitAny: walking zod's internal definitions
type AnyDef = any;

/** The keys an object (or enum-keyed record) schema allows at `path` inside `data`. */
export function allowedKeysAt(schema: z.ZodType, data: unknown, path: readonly PathSegment[]): string[] {
  let def: AnyDef = (schema as AnyDef)._zod.def;
  let value: unknown = data;
  const unwrap = () => {
    for (;;) {
      if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type))
        def = def.innerType._zod.def;
      else if (def.type === 'pipe') def = def.in._zod.def;
      else if (def.type === 'union') {
        const tag = def.discriminator;
        const chosen =
          def.options.find(
            (o: AnyDef) =>
              tag && o._zod.def.shape?.[tag]?._zod.def.values?.includes((value as AnyDef)?.[tag]),
          ) ?? def.options[0];
        def = chosen._zod.def;
      } else return;
    }
  };
  unwrap();
  for (const seg of path) {
    value = (value as AnyDef)?.[seg];
    if (def.type === 'object') def = def.shape[seg]?._zod.def;
    else if (def.type === 'array') def = def.element._zod.def;
    else if (def.type === 'record') def = def.valueType._zod.def;
    else return [];
    if (!def) return [];
    unwrap();
  }
  if (def.type === 'object') return Object.keys(def.shape);
  if (def.type === 'record' && def.keyType._zod.def.type === 'enum')
    return Object.keys(def.keyType._zod.def.entries);
  return [];
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : typeof value;

export function schemaIssueDiagnostics(
  source: SourceFile,
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    // The key a person recognizes: for an item of a list, the list's key.
    const key = [...path].reverse().find((seg) => typeof seg === 'string') ?? '';
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schema, data, path);
        for (const unknown of issue.keys) {
          out.push(
            source.diagnostic({
              severity: 'error',
              code: 'unknown-key',
              path: [...path, unknown],
              message: `unknown key "${unknown}"`,
              hint: `${didYouMean(unknown, allowed)}allowed keys: ${allowed.join(', ')}`,
              atKey: true,
            }),
          );
        }
        break;
      }
      case 'invalid_type': {
        if (issue.input === undefined) {
          out.push(
            source.diagnostic({
              severity: 'error',
              code: 'missing-key',
              path: path.slice(0, -1),
              message: `missing required key "${key}"`,
              hint: `add "${key}:" (${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`})`,
            }),
          );
        } else if (path.length === 0) {
          const allowed = allowedKeysAt(schema, data, []);
          out.push(
            source.diagnostic({
              severity: 'error',
              code: 'not-a-mapping',
              path: [],
              message: `the file is not a YAML mapping of keys, but ${describe(issue.input)}`,
              hint: `start the file with its top-level keys: ${allowed.join(', ')} (see the config reference in README.md)`,
              value: issue.input,
            }),
          );
        } else {
          const expected =
            issue.expected === 'object'
              ? 'a mapping'
              : issue.expected === 'array'
                ? 'a list'
                : `a ${issue.expected}`;
          const hint =
            issue.expected === 'string' && typeof issue.input === 'number'
              ? `quote the value so YAML reads it as text, e.g. "${String(issue.input)}"`
              : issue.expected === 'boolean'
                ? 'write true or false'
                : `write ${expected} here`;
          out.push(
            source.diagnostic({
              severity: 'error',
              code: 'wrong-type',
              path,
              message: `expected ${expected}, got ${describe(issue.input)}`,
              hint,
              value: issue.input,
            }),
          );
        }
        break;
      }
      case 'invalid_value': {
        const options = issue.values.map(String);
        out.push(
          source.diagnostic({
            severity: 'error',
            code: 'invalid-value',
            path,
            message: `invalid value for "${key}"`,
            hint: `${typeof issue.input === 'string' ? didYouMean(issue.input, options) : ''}expected one of: ${options.join(', ')}`,
            value: issue.input,
          }),
        );
        break;
      }
      case 'invalid_union': {
        const options = 'options' in issue ? (issue.options as unknown[]).map(String) : [];
        const input = (issue.input as Record<string, unknown> | undefined)?.[key];
        out.push(
          source.diagnostic({
            severity: 'error',
            code: 'invalid-value',
            path,
            message: input === undefined ? `missing required key "${key}"` : `invalid value for "${key}"`,
            hint: `${typeof input === 'string' ? didYouMean(input, options) : ''}expected one of: ${options.join(', ')}`,
            value: input,
          }),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
        const bound = issue.code === 'too_small' ? 'at least' : 'at most';
        out.push(
          source.diagnostic({
            severity: 'error',
            code: 'out-of-range',
            path,
            message: `"${key}" is out of range`,
            hint:
              issue.origin === 'string' && issue.message && !issue.message.startsWith('Too')
                ? issue.message
                : `needs ${bound} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} ${what}`.trim(),
            value: issue.input,
          }),
        );
        break;
      }
      default: {
        // A check of ours (superRefine) may name the problem and point at a key, not its value.
        const params = (issue.code === 'custom' ? issue.params : undefined) as
          | { problem?: string; atKey?: boolean }
          | undefined;
        out.push(
          source.diagnostic({
            severity: 'error',
            code: 'invalid-value',
            path,
            message: params?.problem ?? `invalid value for "${key}"`,
            hint: issue.message,
            value: issue.input,
            atKey: params?.atKey === true,
          }),
        );
      }
    }
  }
  return out;
}
