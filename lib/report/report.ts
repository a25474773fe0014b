// A report as plain data, independent of its format: a title, a few summary lines and one
// table (the same columns in every section), in sections. Builders (one per kind) produce
// it from the model; renderers (markdown, csv, html, json) turn it into text.

export const REPORT_KINDS = ['access', 'controls', 'okta-hardening', 'ownership', 'stig', 'vendors'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type Cell = string | number | boolean | null;

export interface Column {
  /** Stable key (JSON output, CSS classes). */
  readonly key: string;
  /** Header shown to people. */
  readonly label: string;
  /** Short values (ids, dates) that read badly when wrapped. */
  readonly nowrap?: boolean;
}

export interface Row {
  readonly cells: Readonly<Record<string, Cell>>;
  /** The row needs the reader's attention: a gap, an overdue review, a leaver with access. */
  readonly attention?: boolean;
}

export interface ReportSection {
  /** Stable slug, used as the HTML anchor. */
  readonly id: string;
  readonly heading: string;
  readonly intro?: string;
  readonly rows: readonly Row[];
}

export interface Report {
  readonly kind: ReportKind;
  readonly title: string;
  readonly org: string;
  /** The day the model was resolved for (reports carry no timestamps). */
  readonly asOf: string;
  /** What the report is for and how to act on it. */
  readonly intro: string;
  readonly summary: readonly string[];
  readonly columns: readonly Column[];
  readonly sections: readonly ReportSection[];
}

/** Sort by a string key, byte order (locale-independent, so output is the same everywhere). */
export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
