// The summary of an import: a table with, per kind, how many items were imported, how many
// need a person's decision and how many hold something the config cannot represent; then
// every decision (where its TODO is) and every thing not represented, one line each.
import { CONFIG_FILES } from '../model/schema/files';
import type { ImportReport, KindCount } from './import-report';

export interface SummaryExtras {
  /** Lines after the table (adoption counts, files written). */
  readonly notes?: readonly string[];
}

export function summaryTable(counts: readonly KindCount[]): string {
  const rows = counts.filter((c) => c.imported + c.decisions + c.notRepresentable > 0);
  const header = ['kind', 'imported', 'needs a decision', 'not representable'];
  const cells = rows.map((c) => [
    c.kind,
    String(c.imported),
    String(c.decisions),
    String(c.notRepresentable),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

export function renderSummary(title: string, report: ImportReport, extras: SummaryExtras = {}): string {
  const out = [title, '', summaryTable(report.counts()), ''];
  if (extras.notes?.length) out.push(...extras.notes, '');
  if (report.decisions.length > 0) {
    out.push(`Needs a decision (${report.decisions.length}, each a # TODO(import) comment):`);
    for (const d of report.decisions)
      out.push(`  ${CONFIG_FILES[d.file].path}  ${d.item}: ${d.path.at(-1)}: ${d.todo}`);
    out.push('');
  }
  if (report.notRepresentable.length > 0) {
    out.push(
      `Not representable (${report.notRepresentable.length}, left in Okta as it is unless said otherwise):`,
    );
    for (const n of report.notRepresentable) out.push(`  ${n.item}: ${n.what}`);
    out.push('');
  }
  return out.join('\n');
}
