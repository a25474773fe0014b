import { renderCsv } from '../../../lib/report/render/csv';
import { SAMPLE } from './sample-report';

describe('csv renderer', () => {
  test('RFC 4180: one header, quoted fields where needed, CRLF; formulas neutralized', () => {
    expect(renderCsv(SAMPLE)).toBe(
      [
        'Section,Name,Note,Flag',
        '"First, section",a|b,"say ""hi"", then\nleave",yes',
        '"First, section","\'=HYPERLINK(""x"")",<b>bold</b>,no',
        '',
      ].join('\r\n'),
    );
  });
});
