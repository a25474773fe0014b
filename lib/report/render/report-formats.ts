// The formats a report renders to, apart from the renderers themselves, so the CLI can list
// them in --help without loading any renderer.

export const REPORT_FORMATS = ['markdown', 'csv', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The usual file extension of a format. */
export const FORMAT_EXTENSIONS: Record<ReportFormat, string> = {
  markdown: 'md',
  csv: 'csv',
  html: 'html',
  json: 'json',
};
