// Plans of config edits on the example org, in memory: the example's files are read once,
// a case edits copies of them like a pull request would, and both sides are checked and
// planned without git or temp folders (fast enough for a corpus of routing cases).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ConfigReader } from '../../lib/model/load-config';
import { type CheckedOrg, checkOrg } from '../../lib/policy/check-org';
import { buildPlanReport, type EngineOutputs, type PlanReport } from '../../lib/review/plan-report';
import { TODAY } from './config-case';

const EXAMPLE = resolve(__dirname, '..', '..', 'config');

export type Edit =
  | { readonly file: string; readonly from: string; readonly to: string }
  | { readonly file: string; readonly append: string };

let example: ReadonlyMap<string, string> | undefined;
export function exampleFiles(): ReadonlyMap<string, string> {
  example ??= new Map(
    (readdirSync(EXAMPLE, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(EXAMPLE, path).split('\\').join('/'), readFileSync(path, 'utf8')] as const;
      }),
  );
  return example;
}

export function applyEdits(files: ReadonlyMap<string, string>, edits: readonly Edit[]): Map<string, string> {
  const out = new Map(files);
  for (const e of edits) {
    const text = out.get(e.file);
    if (text === undefined) throw new Error(`no file ${e.file} in the example config`);
    if ('append' in e) out.set(e.file, text + e.append);
    else {
      const count = text.split(e.from).length - 1;
      if (count !== 1) throw new Error(`expected "${e.from}" once in ${e.file}, found it ${count} times`);
      out.set(e.file, text.replace(e.from, e.to));
    }
  }
  return out;
}

export const memoryReader = (files: ReadonlyMap<string, string>): ConfigReader => ({
  list: () => [...files.keys()].sort(),
  read: (rel) => {
    const text = files.get(rel);
    if (text === undefined) throw new Error(`no file ${rel}`);
    return text;
  },
});

export const checkFiles = (files: ReadonlyMap<string, string>): CheckedOrg =>
  checkOrg('config', { display: 'config', today: TODAY, reader: memoryReader(files) });

let exampleChecked: CheckedOrg | undefined;
export const exampleOrg = () => {
  exampleChecked ??= checkFiles(exampleFiles());
  return exampleChecked;
};

export interface PlanEditsOptions {
  /** Edits that make the base (applied to the example before `edits`). */
  readonly baseEdits?: readonly Edit[];
  /** The base's and head's engine outputs; absent for an access-only plan. */
  readonly engines?: { readonly base: EngineOutputs; readonly head: EngineOutputs };
  /** @default - the edited files, under config/ */
  readonly changedFiles?: readonly string[];
}

/** The plan of `edits` on the example org (or on the example with `baseEdits`). */
export function planEdits(
  edits: readonly Edit[],
  options: PlanEditsOptions = {},
): { report: PlanReport; head: CheckedOrg } {
  const baseFiles = options.baseEdits ? applyEdits(exampleFiles(), options.baseEdits) : exampleFiles();
  const base = options.baseEdits ? checkFiles(baseFiles) : exampleOrg();
  if (!base.model)
    throw new Error(`the base config does not load: ${base.diagnostics.map((d) => d.message).join('; ')}`);
  const head = checkFiles(applyEdits(baseFiles, edits));
  if (!head.model)
    throw new Error(`the edited config does not load: ${head.diagnostics.map((d) => d.message).join('; ')}`);
  const report = buildPlanReport({
    base: {
      ref: 'main',
      commit: '0'.repeat(40),
      model: base.model,
      valid: true,
      diagnostics: base.diagnostics,
    },
    head: { model: head.model, diagnostics: head.diagnostics, findings: head.findings },
    changedFiles: options.changedFiles ?? [...new Set(edits.map((e) => `config/${e.file}`))],
    configDir: 'config',
    ...(options.engines ? { engines: options.engines } : {}),
  });
  return { report, head };
}
