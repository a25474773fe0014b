// The CLI loads each engine only in the commands that need it: `--help`, `validate`,
// `guardrails`, `okta-stacks`, `report` and `plan --base REF --access-only` never load
// aws-cdk-lib, constructs, cdk-nag, Pulumi, the AWS SDK or the Okta SDK (they cost seconds at
// start-up). Checked in a fresh Node process, whose require.cache lists every module the
// commands loaded; jest's own registry would not tell.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

const SCRIPT = `
const { main } = require('./lib/cli/main');
const engines = /node_modules\\/(aws-cdk-lib|constructs|cdk-nag|@pulumi\\/[^/]+|@aws-sdk\\/[^/]+|@aws-cdk\\/[^/]+|@okta\\/[^/]+)\\//;
const loaded = () => [...new Set(Object.keys(require.cache).map((f) => engines.exec(f)?.[1]).filter(Boolean))].sort();
const out = require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'blueprint-lazy-'));
const io = { out() {}, err() {}, cwd: process.cwd(), env: { BLUEPRINT_TODAY: '2026-11-23' }, interactive: false };
(async () => {
  const result = {};
  for (const argv of [['--help'], ['validate'], ['validate', '--format', 'json'], ['guardrails'], ['okta-stacks', 'it'], ['okta-stacks', 'security'], ['report', 'ownership'], ['plan', '--help'], ['plan', '--base', 'HEAD', '--access-only', '--out', out]]) {
    const code = await main(argv, io);
    result[argv.slice(0, 5).join(' ')] = { code, loaded: loaded() };
  }
  require('node:fs').rmSync(out, { recursive: true, force: true });
  // The control: the plan steps do load the CDK.
  require('./stacks/plan-steps');
  result['require plan'] = { loaded: loaded() };
  process.stdout.write(JSON.stringify(result));
})();
`;

describe('the CLI loads engines lazily', () => {
  const result = JSON.parse(
    execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8' }),
  );

  test.each([
    '--help',
    'validate',
    'validate --format json',
    'guardrails',
    'okta-stacks it',
    'okta-stacks security',
    'report ownership',
    'plan --help',
    'plan --base HEAD --access-only --out',
  ])('`blueprint %s` loads no cloud engine or SDK', (command) => {
    expect(result[command]).toEqual({ code: 0, loaded: [] });
  });

  test('the control: loading the plan steps loads aws-cdk-lib and constructs', () => {
    expect(result['require plan'].loaded).toEqual(expect.arrayContaining(['aws-cdk-lib', 'constructs']));
  });
});
