import { renderMarkdown } from '../../../lib/report/render/markdown';
import { SAMPLE } from './sample-report';

describe('markdown renderer', () => {
  test('a title, the as-of date, the summary and one escaped table per section', () => {
    expect(renderMarkdown(SAMPLE)).toBe(
      [
        '# Sample <report>',
        '',
        'Initech & Co · as of 2026-11-23',
        '',
        'What it is for.',
        '',
        '- 2 rows',
        '- one needs attention',
        '',
        '## First, section',
        '',
        'Read me.',
        '',
        '| Name | Note | Flag |',
        '| --- | --- | --- |',
        '| a\\|b | say "hi", then leave | yes |',
        '| =HYPERLINK("x") | \\<b>bold\\</b> |  |',
        '',
        '## Second',
        '',
        '_Nothing to list._',
        '',
      ].join('\n'),
    );
  });
});
