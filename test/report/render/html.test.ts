import { renderHtml } from '../../../lib/report/render/html';
import { renderJson } from '../../../lib/report/render/json';
import { SAMPLE } from './sample-report';

describe('html renderer', () => {
  const html = renderHtml(SAMPLE);

  test('a single self-contained file: inline CSS with print rules, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|src=|href="http/);
  });

  test('escapes text, marks rows needing attention, keeps short values unwrapped', () => {
    expect(html).toContain('<title>Sample &lt;report&gt; — Initech &amp; Co</title>');
    expect(html).toContain(
      '<tr class="attention"><td class="name">=HYPERLINK(&quot;x&quot;)</td><td class="note">&lt;b&gt;bold&lt;/b&gt;</td><td class="flag nowrap"></td></tr>',
    );
    expect(html).toContain('<li><a href="#first">First, section</a> (2)</li>');
    expect(html).toContain(
      '<section id="second">\n<h2>Second <span class="count">0 rows</span></h2>\n<p class="empty">Nothing to list.</p>',
    );
  });
});

describe('json renderer', () => {
  test('the report data as is', () => {
    expect(JSON.parse(renderJson(SAMPLE))).toEqual(SAMPLE);
  });
});
