// A tiny report with the awkward values renderers must survive: pipes, quotes, commas,
// newlines, markup, a formula-looking cell, booleans, nulls, an empty section.
import type { Report } from '../../../lib/report/report';

export const SAMPLE: Report = {
  kind: 'vendors',
  title: 'Sample <report>',
  org: 'Initech & Co',
  asOf: '2026-11-23',
  intro: 'What it is for.',
  summary: ['2 rows', 'one needs attention'],
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'note', label: 'Note' },
    { key: 'flag', label: 'Flag', nowrap: true },
  ],
  sections: [
    {
      id: 'first',
      heading: 'First, section',
      intro: 'Read me.',
      rows: [
        { cells: { name: 'a|b', note: 'say "hi", then\nleave', flag: true } },
        { cells: { name: '=HYPERLINK("x")', note: '<b>bold</b>', flag: false }, attention: true },
      ],
    },
    { id: 'second', heading: 'Second', rows: [] },
  ],
};
