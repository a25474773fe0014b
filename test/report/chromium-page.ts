// A page in headless Chromium (Debian's `chromium` package), driven by puppeteer-core, so a
// test can ask what a reader sees: rendered text, computed styles, print layout.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium binary on PATH, if any. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export class ChromiumPage {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** Opens `url` at the given viewport size and waits until it has loaded. */
  static async open(binary: string, url: string, width = 1280, height = 900): Promise<ChromiumPage> {
    const browser = await puppeteer.launch({
      executablePath: binary,
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    return new ChromiumPage(browser, page);
  }

  /** The value of a JavaScript expression evaluated in the page (JSON-serializable). */
  evaluate<T = unknown>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  /** Lays the page out as for printing (CSS @media print). */
  emulatePrint(): Promise<void> {
    return this.page.emulateMediaType('print');
  }

  /** Closes the browser (and removes the profile puppeteer made for it). */
  close(): Promise<void> {
    return this.browser.close();
  }
}
