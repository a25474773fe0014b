// The import's report: per kind of item, how many were read, written to config, adopted by the
// first deploy (ids in the resource-import mapping), need a decision, and cannot be represented;
// then each decision and each unrepresentable item, one line each (the same text as the
// `# TODO(import)` comments), and why each of Security's sets is privileged.
import { IMPORT_SUBJECTS, type ImportedAws, type ImportSubject } from './imported-aws';

export interface SummaryRow {
  readonly kind: ImportSubject;
  readonly read: number;
  readonly written: number;
  /** Undefined where adoption does not apply (accounts and OUs are read, never deployed). */
  readonly adopted?: number;
  readonly decision: number;
  readonly notRepresentable: number;
}

export function summaryRows(imported: ImportedAws): SummaryRow[] {
  const count = (kind: ImportSubject, k: 'decision' | 'not-representable') =>
    imported.findings
      .filter((f) => f.subject === kind && f.kind === k)
      .reduce((n, f) => n + (f.count ?? 1), 0);
  const sets = imported.it.permissionSets.length + imported.security.permissionSets.length;
  const assignments = [...imported.it.grants, ...imported.security.grants].reduce(
    (n, g) => n + g.accounts.length,
    0,
  );
  const written: Record<ImportSubject, number> = {
    'permission set': sets,
    assignment: assignments,
    account: imported.org.accounts.length,
    OU: imported.org.ous.length,
  };
  const adopted: Partial<Record<ImportSubject, number>> = {
    'permission set': Object.keys(imported.adoption.permissionSets).length,
    assignment: Object.keys(imported.adoption.assignments).length,
  };
  return IMPORT_SUBJECTS.map((kind) => ({
    kind,
    read: imported.read[kind],
    written: written[kind],
    ...(adopted[kind] === undefined ? {} : { adopted: adopted[kind] }),
    decision: count(kind, 'decision'),
    notRepresentable: count(kind, 'not-representable'),
  }));
}

const plural = (kind: ImportSubject) => (kind === 'OU' ? 'OUs' : `${kind}s`);

/** The summary as a Markdown table (the README shows one). */
export function summaryTable(imported: ImportedAws): string[] {
  const rows = summaryRows(imported).map((r) => [
    plural(r.kind),
    String(r.read),
    String(r.written),
    r.adopted === undefined ? '—' : String(r.adopted),
    String(r.decision),
    String(r.notRepresentable),
  ]);
  const head = ['kind', 'read', 'written', 'adopted', 'needs a decision', 'not representable'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ];
}

export function summaryLines(imported: ImportedAws): string[] {
  const lines = summaryTable(imported);
  const decisions = imported.findings.filter((f) => f.kind === 'decision');
  const unrepresentable = imported.findings.filter((f) => f.kind === 'not-representable');
  if (decisions.length)
    lines.push(
      '',
      `Needs a decision (${decisions.length}):`,
      ...decisions.map((f) => `  - ${f.item}: ${f.message}`),
    );
  if (unrepresentable.length)
    lines.push(
      '',
      `Not representable (${unrepresentable.length}), reported, not adopted:`,
      ...unrepresentable.map((f) => `  - ${f.item}: ${f.message}`),
    );
  const privileged = Object.entries(imported.privilegedBecause).sort(([a], [b]) => (a < b ? -1 : 1));
  if (privileged.length)
    lines.push(
      '',
      "Security's permission sets (security/privileged.yaml):",
      ...privileged.map(([id, why]) => `  - ${id}: ${why}`),
    );
  return lines;
}
