// The access review as a reader sees it in a browser: rendered in headless Chromium, not
// just parsed. Skips (with a message) where Chromium is not installed; CI installs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOrg } from '../../lib/policy/check-org';
import { accessReport } from '../../lib/report/access-report';
import { renderHtml } from '../../lib/report/render/html';
import { ChromiumPage, findChromium } from './chromium-page';

const ROOT = join(__dirname, '..', '..');
const chromium = findChromium();
if (!chromium)
  console.log('skipping the Chromium rendering test: chromium is not installed (apt-get install chromium)');
const withChromium = chromium ? describe : describe.skip;

withChromium('an HTML report in headless Chromium', () => {
  let page: ChromiumPage;

  beforeAll(async () => {
    const { model } = checkOrg(join(ROOT, 'config'), { today: '2026-11-23', display: 'config' });
    const file = join(mkdtempSync(join(tmpdir(), 'blueprint-html-')), 'access.html');
    writeFileSync(file, renderHtml(accessReport(model!)));
    page = await ChromiumPage.open(chromium!, pathToFileURL(file).href);
  }, 20_000);

  afterAll(async () => {
    await page?.close();
  });

  test('shows the title, the as-of date and one section per reviewing team', async () => {
    expect(await page.evaluate('document.title')).toBe('Access review — Acme');
    const text = await page.evaluate<string>('document.querySelector("header").innerText');
    expect(
      text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(0, 3),
    ).toEqual(['ACME', 'Access review', 'As of 2026-11-23']);
    expect(await page.evaluate('[...document.querySelectorAll("h2")].map((h) => h.innerText)')).toEqual([
      'Engineering reviews 124 rows',
      'Finance reviews 3 rows',
      'IT reviews 172 rows',
      'Security reviews 42 rows',
    ]);
  });

  test('a reader sees the table headers and a row in words', async () => {
    expect(
      await page.evaluate(
        '[...document.querySelectorAll("#reviewer-security thead th")].map((th) => th.innerText)',
      ),
    ).toEqual([
      'Kind',
      'Resource',
      'Access',
      'Person',
      'Name',
      'Contractor',
      'Through',
      'Expires',
      'Status',
      'Reason',
    ]);
    const row = await page.evaluate<string>(
      '[...document.querySelectorAll("#reviewer-security tbody tr")].map((tr) => tr.innerText).find((t) => t.includes("Okta SUPER_ADMIN") && t.includes("amara-diallo"))',
    );
    expect(row.split('\t')).toEqual([
      'privileged group',
      'Okta Super Administrators (okta-admins)',
      'Okta SUPER_ADMIN',
      'amara-diallo',
      'Amara Diallo',
      '',
      'okta-admins (listed)',
      '2027-02-01',
      'active',
      'Head of IT, Okta owner',
    ]);
  });

  test("a leaver's access stands out: tinted row, marked first cell, bold status", async () => {
    const look = await page.evaluate<Record<string, string>>(`(() => {
      const row = [...document.querySelectorAll('tr.attention')].find((tr) => tr.innerText.includes('isabel-santos'));
      const plain = document.querySelector('tbody tr:not(.attention)');
      const style = (el) => getComputedStyle(el);
      return {
        status: row.querySelector('td.status').innerText,
        background: style(row).backgroundColor,
        plainBackground: style(plain).backgroundColor,
        marker: style(row.cells[0]).borderLeftWidth + ' ' + style(row.cells[0]).borderLeftStyle,
        weight: style(row.querySelector('td.status')).fontWeight,
      };
    })()`);
    expect(look).toEqual({
      status: 'suspended, left 2026-11-13',
      background: 'rgb(255, 244, 229)',
      plainBackground: 'rgba(0, 0, 0, 0)',
      marker: '4px solid',
      weight: '600',
    });
  });

  test('is self-contained and fits the window: no requests, no sideways scrolling of the page', async () => {
    expect(await page.evaluate('performance.getEntriesByType("resource").length')).toBe(0);
    expect(await page.evaluate('document.querySelectorAll("script, link, img, iframe").length')).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });

  test('prints without the navigation, with table headers repeated on every page', async () => {
    await page.emulatePrint();
    expect(await page.evaluate('getComputedStyle(document.querySelector("nav")).display')).toBe('none');
    expect(await page.evaluate('getComputedStyle(document.querySelector("thead")).display')).toBe(
      'table-header-group',
    );
    expect(await page.evaluate('getComputedStyle(document.querySelector("tbody tr")).breakInside')).toBe(
      'avoid',
    );
    expect(await page.evaluate('document.querySelector("main").innerText.includes("isabel-santos")')).toBe(
      true,
    );
  });
});
