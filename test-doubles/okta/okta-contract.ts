// Okta's published management API contract (test-doubles/okta/contract/management-openapi.yaml) as an
// OpenAPI validator. The 57,000-line YAML is parsed once per machine and cached as JSON in
// the temp folder, keyed by the file's hash; each test process builds the validator once.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import type { Document, OpenAPIBackend, Operation } from 'openapi-backend';

// openapi-backend loads an ES-module-only ref parser that Jest's own CommonJS runtime cannot
// require (the tests run under jest-light-runner, on Node's own loader, which can). Quick mode
// dereferences an in-memory document without it (it only "parses" the object, i.e. returns
// it), so where module mocks exist it is replaced by a stand-in that does just that and fails
// loudly should anything else be asked of it.
if (typeof jest !== 'undefined' && typeof jest.mock === 'function')
  jest.mock('@apidevtools/json-schema-ref-parser', () => {
    const unused = () => {
      throw new Error('json-schema-ref-parser: only parse() of an in-memory document is expected');
    };
    return {
      __esModule: true,
      default: { dereference: unused, resolve: unused, parse: async (doc: object) => doc },
    };
  });

export const OKTA_CONTRACT_PATH = resolve(__dirname, 'contract/management-openapi.yaml');

let contract: Promise<OpenAPIBackend> | undefined;

export function oktaContract(): Promise<OpenAPIBackend> {
  contract ??= build();
  return contract;
}

async function build(): Promise<OpenAPIBackend> {
  const { OpenAPIBackend } = require('openapi-backend') as typeof import('openapi-backend');
  const api = new OpenAPIBackend({
    definition: loadDefinition(),
    quick: true,
    validate: true,
    // The contract uses OpenAPI keywords (discriminator, x-okta-*) plain JSON Schema lacks.
    ajvOpts: { strict: false },
    customizeAjv: (ajv) => {
      for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
      for (const name of OPAQUE_FORMATS) ajv.addFormat(name, true);
      return ajv;
    },
  });
  await api.init();
  return api;
}

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  url: /^[a-z][a-z0-9+.-]*:\S*$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
/** Formats the contract names that say nothing checkable about a JSON value. */
const OPAQUE_FORMATS = [
  'base64',
  'binary',
  'boolean',
  'double',
  'opaque',
  'password',
  'regex',
  'utf-8',
  'yyyy-',
];

const indexes = new WeakMap<OpenAPIBackend, { method: string; pattern: RegExp; operation: Operation }[]>();

/**
 * The contract's operation for a request. openapi-backend's own matcher rebuilds its path
 * patterns on every call (tens of milliseconds for Okta's 485 paths); this index is built
 * once, literal paths first so `/groups/rules` wins over `/groups/{groupId}`.
 */
export function matchOperation(api: OpenAPIBackend, method: string, path: string): Operation | undefined {
  let index = indexes.get(api);
  if (!index) {
    index = api.router
      .getOperations()
      .map((operation) => ({
        method: operation.method.toLowerCase(),
        params: (operation.path.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${operation.path
            .split(/\{[^}]+\}/)
            .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
            .join('[^/]+')}/?$`,
        ),
        operation,
      }))
      .sort((a, b) => a.params - b.params);
    indexes.set(api, index);
  }
  const m = method.toLowerCase();
  return index.find((entry) => entry.method === m && entry.pattern.test(path))?.operation;
}

function loadDefinition(): Document {
  const text = readFileSync(OKTA_CONTRACT_PATH);
  // The tidy step's version is part of the key: a changed tidy() must not reuse an old cache.
  const hash = createHash('sha256').update(TIDY_VERSION).update(text).digest('hex').slice(0, 16);
  const cached = join(tmpdir(), `org-blueprint-okta-contract-${hash}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const definition = load(text.toString('utf8')) as Document;
  tidy(definition);
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(definition));
  renameSync(partial, cached);
  return definition;
}

const TIDY_VERSION = '3';

/**
 * Makes the published document checkable by a JSON Schema validator, in memory:
 * - the "noExamples" build still references examples it no longer carries; examples play
 *   no part in validation, so they go (but not a schema property so named);
 * - a few enums list a value twice, which a validator rejects as an invalid schema;
 * - a few patterns start with Java's `(?i)` flag, which JavaScript regular expressions lack
 *   (the ids they check are lowercase anyway), so the flag goes, and one pattern (a log
 *   stream's `eventSourceName`) allows a single character where Okta's names are words, so
 *   it gets its missing `+`;
 * - polymorphic bodies (factors by `factorType`, apps by `signOnMode`) are a `oneOf` whose
 *   branches only differ by the discriminator, which plain JSON Schema cannot see, so
 *   every object would match several branches: each branch gets its discriminator value.
 */
function tidy(node: unknown, parentKey?: string): void {
  if (Array.isArray(node)) {
    for (const item of node) tidy(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  pinDiscriminator(record);
  for (const key of Object.keys(record)) {
    if ((key === 'examples' || key === 'example') && parentKey !== 'properties') delete record[key];
    else if (key === 'enum' && Array.isArray(record[key]) && parentKey !== 'properties')
      record[key] = [...new Set(record[key] as unknown[])];
    else if (key === 'pattern' && typeof record[key] === 'string' && parentKey !== 'properties')
      record[key] = (record[key] as string).replace(/^\(\?i\)/, '').replace(/^(\^\[[^\]]+\])\$$/, '$1+$$');
    else tidy(record[key], key);
  }
}

interface Discriminated {
  oneOf?: unknown[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

function pinDiscriminator(schema: Discriminated): void {
  const { oneOf, discriminator } = schema;
  if (!oneOf || !discriminator?.mapping) return;
  const values = new Map<string, string[]>();
  for (const [value, ref] of Object.entries(discriminator.mapping))
    values.set(ref, [...(values.get(ref) ?? []), value]);
  const refs = oneOf.map((branch) => (branch as { $ref?: string }).$ref);
  if (refs.some((ref) => ref === undefined || !values.has(ref))) return;
  const property = discriminator.propertyName;
  schema.oneOf = refs.map((ref) => ({
    allOf: [{ $ref: ref }, { required: [property], properties: { [property]: { enum: values.get(ref!) } } }],
  }));
}
