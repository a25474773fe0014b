// Renders a report in the format asked for.
import type { Report } from '../report';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export const REPORT_FORMATS = ['markdown', 'csv', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const RENDERERS: Record<ReportFormat, (report: Report) => string> = {
  markdown: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
  json: renderJson,
};

export const renderReport = (report: Report, format: ReportFormat): string => RENDERERS[format](report);

/** The usual file extension of a format. */
export const FORMAT_EXTENSIONS: Record<ReportFormat, string> = {
  markdown: 'md',
  csv: 'csv',
  html: 'html',
  json: 'json',
};
