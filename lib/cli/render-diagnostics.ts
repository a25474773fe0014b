// Diagnostics for people (text), tools (json) and pull requests (GitHub Actions annotations).
import type { Diagnostic } from '../model/diagnostic';

export type DiagnosticFormat = 'text' | 'json' | 'github';

export function renderDiagnostics(list: readonly Diagnostic[], format: DiagnosticFormat): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  if (format === 'github') return list.map(githubAnnotation).join('');
  return list.map(textDiagnostic).join('');
}

export function textDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.path}: ` : '';
  const value = d.value === undefined ? '' : ` (got ${d.value})`;
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${where}${d.message}${value}\n    fix: ${d.hint}\n`;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function githubAnnotation(d: Diagnostic): string {
  const title = escapeProperty(`${d.code}${d.path ? ` at ${d.path}` : ''}`);
  const value = d.value === undefined ? '' : ` (got ${d.value})`;
  const message = escapeData(`${d.message}${value}\nfix: ${d.hint}`);
  return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${title}::${message}\n`;
}

export function summaryLine(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
