// Notes a reviewer should read next to the plan: what the plan could not take for granted
// (dependencies that differ between base and head, uncommitted changes) and what a diff
// alone would not say (code that changed without changing any resource).
import { git } from './git';
import type { PlanReport } from './plan-report';

const DEPENDENCY_FILES = ['package.json', 'package-lock.json'];
/** The blueprint's code: what decides the templates, the Okta state and the review itself. */
const CODE =
  /^(bin|build|lib|stacks|policy-pack)\/|^(package\.json|package-lock\.json|tsconfig\.json|cdk\.json)$/;
/** Folders the blueprint writes to; changes there are outputs, not part of the change. */
const OUTPUT_FOLDERS = ['plan/', 'cdk.out/'];
const SHOWN = 5;

export const DEPENDENCIES_NOTE =
  "dependencies changed (package.json or package-lock.json): the base was synthesized with the head's node_modules";
export const CODE_ONLY_NOTE = 'code changed; no resource changed';
export const ACCESS_ONLY_CODE_NOTE =
  'code changed: an access-only plan does not compare templates or Okta state; run the full plan to see what it changes';

export function dependenciesNote(changedFiles: readonly string[]): string | undefined {
  return changedFiles.some((f) => DEPENDENCY_FILES.includes(f)) ? DEPENDENCIES_NOTE : undefined;
}

const listed = (files: readonly string[]) =>
  files.length > SHOWN
    ? `${files.slice(0, SHOWN).join(', ')} and ${files.length - SHOWN} more`
    : files.join(', ');

/** Uncommitted changes (outside the output folders) in the repository at `top`. */
export function uncommittedFiles(top: string, outputFolders: readonly string[] = []): string[] {
  const skip = [...OUTPUT_FOLDERS, ...outputFolders.map((f) => (f.endsWith('/') ? f : `${f}/`))];
  const entries = git(top, ['status', '--porcelain', '-z', '--no-renames', '--untracked-files=all']).split(
    '\0',
  );
  const files: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    // Renames and copies carry the original path as the next entry.
    if (entry[0] === 'R' || entry[0] === 'C') i++;
    files.push(entry.slice(3));
  }
  return [...new Set(files)].filter((f) => !skip.some((s) => f.startsWith(s))).sort();
}

export function dirtyTreeNote(files: readonly string[]): string | undefined {
  return files.length === 0
    ? undefined
    : `the working tree has uncommitted changes, planned as part of the head: ${listed(files)}`;
}

/**
 * What a code change did to the resources: nothing (templates and Okta state the same on
 * both sides), or unknown in an access-only plan, which compares models only.
 */
export function codeChangeNote(report: PlanReport): string | undefined {
  if (!report.changedFiles.some((f) => CODE.test(f))) return undefined;
  if (!report.aws || !report.okta) return ACCESS_ONLY_CODE_NOTE;
  const resources = report.aws.reduce((n, s) => n + s.resources.length, 0);
  const okta = report.okta.reduce((n, s) => n + s.changes.length, 0);
  return resources === 0 && okta === 0 ? CODE_ONLY_NOTE : undefined;
}
