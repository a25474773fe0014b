// A page in headless Chromium (Debian's `chromium` package), driven over the DevTools
// protocol on a pipe (--remote-debugging-pipe: fd 3 in, fd 4 out, NUL-separated JSON), so
// a test can ask what a reader sees: rendered text, computed styles, print layout.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium binary on PATH, if any. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

interface Pending {
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
}

export class ChromiumPage {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';
  private sessionId = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const out = child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end = this.buffer.indexOf('\0');
      while (end >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
        if (waiter) {
          this.pending.delete(message.id);
          if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
          else waiter.resolve(message.result ?? {});
        }
        end = this.buffer.indexOf('\0');
      }
    });
  }

  /** Opens `url` at the given viewport size and waits until it has loaded. */
  static async open(binary: string, url: string, width = 1280, height = 900): Promise<ChromiumPage> {
    const profile = mkdtempSync(join(tmpdir(), 'blueprint-chromium-'));
    const child = spawn(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const page = new ChromiumPage(child, profile);
    const { targetId } = await page.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await page.send('Target.attachToTarget', { targetId, flatten: true });
    page.sessionId = sessionId as string;
    await page.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await page.send('Page.navigate', { url });
    for (let i = 0; i < 200; i++) {
      if ((await page.evaluate('document.readyState')) === 'complete') return page;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${url} did not finish loading`);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const message = { id, method, params, ...(this.sessionId ? { sessionId: this.sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  /** The value of a JavaScript expression evaluated in the page (JSON-serializable). */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const { result, exceptionDetails } = (await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value;
  }

  /** Lays the page out as for printing (CSS @media print). */
  async emulatePrint(): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { media: 'print' });
  }

  /** Closes the browser (gracefully, so its helpers exit too) and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.sessionId = '';
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.send('Browser.close').catch(() => this.child.kill());
    await exited;
    clearTimeout(timer);
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}
