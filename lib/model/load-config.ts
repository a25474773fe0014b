// Reads a config folder: every known file parsed with positions and checked against its
// schema. Returns all problems at once; the typed documents only when there are none.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Diagnostic, wholeFileDiagnostic } from './diagnostic';
import { didYouMean } from './did-you-mean';
import { CONFIG_FILES, type ConfigDocs, type ConfigFileKey } from './schema/files';
import { schemaIssueDiagnostics } from './schema-issues';
import { SourceFile } from './source-file';

export type Sources = Readonly<Partial<Record<ConfigFileKey, SourceFile>>>;

export interface LoadedConfig {
  readonly dir: string;
  readonly sources: Sources;
  readonly docs?: ConfigDocs;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Files already parsed and checked against their schema, by displayed path and content: the
 * two sides of a plan against a base share every file the change leaves as it was. A file's
 * outcome is a pure function of its name, its text and its schema, and nothing downstream
 * mutates it (the model is built from copies and frozen).
 */
export type ParsedFiles = Map<string, ParsedFile>;

interface ParsedFile {
  readonly source: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
  /** Parsed and valid: `data` is the schema's output. */
  readonly ok: boolean;
  readonly data?: unknown;
}

/** Reads the files of a config folder (`readFile` lets callers read from git instead of disk). */
export interface ConfigReader {
  /** Relative paths (with `/`) of every file in the folder, or undefined when there is no folder. */
  list(): string[] | undefined;
  read(relPath: string): string;
}

export function diskReader(dir: string): ConfigReader {
  return {
    list() {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
      return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
        .sort();
    },
    read: (relPath) => readFileSync(join(dir, relPath), 'utf8'),
  };
}

const fileDiagnostic = (file: string, code: string, message: string, hint: string): Diagnostic =>
  wholeFileDiagnostic({ severity: 'error', code, file, path: '', message, hint });

/** `displayDir` is how the folder is named in messages (e.g. `config`). */
export function loadConfig(displayDir: string, reader: ConfigReader, parsed?: ParsedFiles): LoadedConfig {
  const show = (rel: string) => (displayDir ? `${displayDir.replace(/\/$/, '')}/${rel}` : rel);
  const files = reader.list();
  if (files === undefined) {
    return {
      dir: displayDir,
      sources: {},
      diagnostics: [
        fileDiagnostic(
          displayDir,
          'missing-config',
          `config folder "${displayDir}" does not exist`,
          'pass --config DIR pointing at a folder with org.yaml, or create one with `blueprint init DIR`',
        ),
      ],
    };
  }
  const known = new Map(
    Object.entries(CONFIG_FILES).map(([key, spec]) => [spec.path as string, key as ConfigFileKey]),
  );
  const diagnostics: Diagnostic[] = [];
  for (const rel of files) {
    if (
      known.has(rel) ||
      rel.split('/').some((part) => part.startsWith('.')) ||
      /(^|\/)README\.md$/.test(rel)
    )
      continue;
    diagnostics.push(
      fileDiagnostic(
        show(rel),
        'unknown-file',
        `unknown config file "${rel}"`,
        `${didYouMean(rel.replace(/\.yml$/, '.yaml'), [...known.keys()])}config files are: ${[...known.keys()].join(', ')}`,
      ),
    );
  }

  const sources: Partial<Record<ConfigFileKey, SourceFile>> = {};
  const docs: Record<string, unknown> = {};
  const present = new Set(files);
  for (const [key, spec] of Object.entries(CONFIG_FILES) as [
    ConfigFileKey,
    (typeof CONFIG_FILES)[ConfigFileKey],
  ][]) {
    if (!present.has(spec.path)) {
      if (spec.required) {
        diagnostics.push(
          fileDiagnostic(
            show(spec.path),
            'missing-file',
            `required config file "${spec.path}" is missing`,
            files.length === 0
              ? `the folder is empty; create a starter config with \`blueprint init ${displayDir}\``
              : `create ${spec.path} (see the config reference in README.md)`,
          ),
        );
      } else {
        docs[key] = spec.schema.parse({});
      }
      continue;
    }
    const text = reader.read(spec.path);
    if (text.includes('\u0000')) {
      diagnostics.push(
        fileDiagnostic(
          show(spec.path),
          'not-yaml',
          'file is not text (it contains NUL bytes)',
          `replace ${spec.path} with a YAML file`,
        ),
      );
      continue;
    }
    const memo = `${key}\u0000${show(spec.path)}\u0000${text}`;
    let file = parsed?.get(memo);
    if (!file) {
      file = parseFile(spec.schema, show(spec.path), text);
      parsed?.set(memo, file);
    }
    sources[key] = file.source;
    diagnostics.push(...file.diagnostics);
    if (file.ok) docs[key] = file.data;
  }
  const complete = diagnostics.length === 0;
  return {
    dir: displayDir,
    sources,
    diagnostics,
    ...(complete ? { docs: docs as unknown as ConfigDocs } : {}),
  };
}

function parseFile(
  schema: (typeof CONFIG_FILES)[ConfigFileKey]['schema'],
  shown: string,
  text: string,
): ParsedFile {
  const source = new SourceFile(shown, text);
  const syntax = source.syntaxErrors();
  if (syntax.length > 0) return { source, diagnostics: syntax, ok: false };
  const data = source.data();
  const result = schema.safeParse(data, { reportInput: true });
  return result.success
    ? { source, diagnostics: [], ok: true, data: result.data }
    : { source, diagnostics: schemaIssueDiagnostics(source, schema, data, result.error.issues), ok: false };
}
