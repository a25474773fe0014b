// Renders a report in the format asked for.
import type { Report } from '../report';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportFormat } from './report-formats';

export { FORMAT_EXTENSIONS, REPORT_FORMATS, type ReportFormat } from './report-formats';

const RENDERERS: Record<ReportFormat, (report: Report) => string> = {
  markdown: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
  json: renderJson,
};

export const renderReport = (report: Report, format: ReportFormat): string => RENDERERS[format](report);
