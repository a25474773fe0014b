// Markdown: for pull requests, wikis and terminals. One GitHub-flavoured table per section.
import type { Report } from '../report';
import { cellText } from './cell-text';

// Config text is data: backslash-escape what markdown would read as table syntax or HTML.
const escapeCell = (text: string) => text.replace(/[\\|<]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

export function renderMarkdown(report: Report): string {
  const out: string[] = [
    `# ${report.title}`,
    '',
    `${report.org} · as of ${report.asOf}`,
    '',
    report.intro,
    '',
  ];
  for (const line of report.summary) out.push(`- ${escapeCell(line)}`);
  const header = `| ${report.columns.map((c) => escapeCell(c.label)).join(' | ')} |`;
  const rule = `|${report.columns.map(() => ' --- ').join('|')}|`;
  for (const section of report.sections) {
    out.push('', `## ${section.heading}`, '');
    if (section.intro) out.push(section.intro, '');
    if (section.rows.length === 0) {
      out.push('_Nothing to list._');
      continue;
    }
    out.push(header, rule);
    for (const row of section.rows) {
      out.push(`| ${report.columns.map((c) => escapeCell(cellText(row.cells[c.key]))).join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
