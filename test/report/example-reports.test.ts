// The example org's reports committed under docs/examples/ are exactly what the code
// generates today (regenerate with `npx tsx lib/report/example-reports.ts`), and the
// `blueprint report` lines README gives produce the same bytes.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';
import { EXAMPLES_DIR, exampleReports } from '../../lib/report/example-reports';
import { captureIo } from '../support/config-case';

const ROOT = join(__dirname, '..', '..');
const committed = (name: string) => readFileSync(join(ROOT, EXAMPLES_DIR, name), 'utf8');

describe('example reports (docs/examples)', () => {
  const generated = exampleReports(ROOT);

  test('regenerating them gives identical bytes', () => {
    expect(readdirSync(join(ROOT, EXAMPLES_DIR)).sort()).toEqual([...generated.keys()].sort());
    const stale = [...generated]
      .filter(([name, text]) => committed(name) !== text)
      .map(([name]) => `${name} is stale: run npx tsx lib/report/example-reports.ts`);
    expect(stale).toEqual([]);
  });

  test('the README command lines write the same files', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'blueprint-examples-')), 'vendors.csv');
    const io = captureIo(ROOT); // BLUEPRINT_TODAY=2026-11-23, run from the repo root
    expect(await main(['report', 'vendors', '--out', out], io)).toBe(0);
    expect(readFileSync(out, 'utf8') === committed('vendors.csv')).toBe(true);

    const stdout = captureIo(ROOT);
    expect(await main(['report', 'controls', '--format', 'html'], stdout)).toBe(0);
    expect(stdout.stdout() === committed('controls.html')).toBe(true);
  });

  test('blueprint report okta-hardening prints the committed markdown (the README table)', async () => {
    const io = captureIo(ROOT);
    expect(await main(['report', 'okta-hardening'], io)).toBe(0);
    expect(io.stdout() === committed('okta-hardening.md')).toBe(true);
  });
});
