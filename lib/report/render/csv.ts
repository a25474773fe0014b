// CSV (RFC 4180) for spreadsheets: one header row, then every row of every section, the
// section named in the first column. Cells a spreadsheet would run as a formula are
// prefixed with an apostrophe (config text is data, never code).
import type { Cell, Report } from '../report';

const FORMULA = /^[=+\-@\t\r]/;

function field(value: Cell | undefined): string {
  let text =
    value === null || value === undefined
      ? ''
      : value === true
        ? 'yes'
        : value === false
          ? 'no'
          : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report): string {
  const lines = [['Section', ...report.columns.map((c) => c.label)].map(field).join(',')];
  for (const section of report.sections) {
    for (const row of section.rows) {
      lines.push([section.heading, ...report.columns.map((c) => row.cells[c.key])].map(field).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
