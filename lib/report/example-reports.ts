// The example org's reports, committed under docs/examples/ so readers can see each one
// without running anything. Resolved for a pinned day, so they regenerate byte for byte.
// Rewrite them with `npx tsx lib/report/example-reports.ts` (or one at a time with the
// `blueprint report` lines in README.md, run with BLUEPRINT_TODAY=2026-11-23).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOrg } from '../policy/check-org';
import { buildReport } from './build-report';
import { FORMAT_EXTENSIONS, type ReportFormat, renderReport } from './render/render-report';
import type { ReportKind } from './report';

export const EXAMPLES_TODAY = '2026-11-23';
export const EXAMPLES_DIR = join('docs', 'examples');

export const EXAMPLE_REPORTS: readonly { readonly kind: ReportKind; readonly format: ReportFormat }[] = [
  { kind: 'access', format: 'markdown' },
  { kind: 'access', format: 'csv' },
  { kind: 'access', format: 'html' },
  { kind: 'controls', format: 'markdown' },
  { kind: 'controls', format: 'html' },
  { kind: 'okta-hardening', format: 'markdown' },
  { kind: 'okta-hardening', format: 'html' },
  { kind: 'ownership', format: 'markdown' },
  { kind: 'ownership', format: 'html' },
  { kind: 'stig', format: 'markdown' },
  { kind: 'stig', format: 'html' },
  { kind: 'vendors', format: 'markdown' },
  { kind: 'vendors', format: 'csv' },
  { kind: 'vendors', format: 'html' },
];

export const exampleFileName = (kind: ReportKind, format: ReportFormat): string =>
  `${kind}.${FORMAT_EXTENSIONS[format]}`;

/** File name → content, for the example org in `<root>/config`, named `config/...` as from the repo root. */
export function exampleReports(root: string): Map<string, string> {
  const checked = checkOrg(join(root, 'config'), { today: EXAMPLES_TODAY, display: 'config' });
  if (!checked.ok || !checked.model) throw new Error('the example org in config/ does not validate');
  const input = { model: checked.model, sources: checked.sources };
  return new Map(
    EXAMPLE_REPORTS.map(({ kind, format }) => [
      exampleFileName(kind, format),
      renderReport(buildReport(kind, input), format),
    ]),
  );
}

if (require.main === module) {
  const root = process.cwd();
  const dir = join(root, EXAMPLES_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of exampleReports(root)) {
    writeFileSync(join(dir, name), text);
    console.log(`wrote ${join(EXAMPLES_DIR, name)}`);
  }
}
