import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../lib/cli/main';
import { owningSide } from '../../lib/review/codeowners';
import { captureIo } from '../support/config-case';
import { scenarioRepo } from '../support/git-scenario';

describe('blueprint codeowners', () => {
  test('the committed .github/CODEOWNERS is up to date', async () => {
    const io = captureIo(resolve(__dirname, '..', '..'));
    expect(await main(['codeowners', '--check'], io)).toBe(0);
    expect(io.stdout()).toBe('✓ .github/CODEOWNERS is up to date\n');
  });

  test('generates Security ownership of the guardrails and IT of the rest', async () => {
    const s = scenarioRepo();
    expect(await main(['codeowners'], captureIo(s.cwd))).toBe(0);
    const text = readFileSync(join(s.cwd, '.github', 'CODEOWNERS'), 'utf8');
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '*                         @acme/it',
      '/config/it/               @acme/it',
      '/config/org.yaml          @acme/security',
      '/config/security/         @acme/security',
      '/stacks/                  @acme/security',
      '/stacks/it-stack.ts       @acme/it',
      '/stacks/access-stacks.ts  @acme/it',
      '/stacks/okta-it.ts        @acme/it',
      '/lib/model/               @acme/security',
      '/lib/review/              @acme/security',
      '/lib/aws/                 @acme/security',
      '/lib/okta/                @acme/security',
      '/lib/policy/              @acme/security',
      '/lib/lifecycle/           @acme/it',
      '/policy-pack/             @acme/security',
      '/bin/                     @acme/security',
      '/cdk.json                 @acme/security',
      '/Pulumi*.yaml             @acme/security',
      '/package.json             @acme/security',
      '/package-lock.json        @acme/security',
      '/.github/                 @acme/security',
    ]);
  });

  test('--check fails when a team changes and the file was not regenerated', async () => {
    const s = scenarioRepo();
    await main(['codeowners'], captureIo(s.cwd));
    s.edit('org.yaml', 'github: acme/security', 'github: acme/secops');
    const io = captureIo(s.cwd);
    expect(await main(['codeowners', '--check'], io)).toBe(1);
    expect(io.stdout()).toBe(
      '✗ .github/CODEOWNERS is stale; run `npx blueprint codeowners` and commit the result\n',
    );
    execFileSync('git', ['status'], { cwd: s.cwd });
  });

  test.each([
    ['config/it/groups.yaml', 'it'],
    ['config/security/privileged.yaml', 'security'],
    ['config/org.yaml', 'security'],
    ['.github/workflows/pr.yml', 'security'],
    ['Pulumi.it.yaml', 'security'],
    ['lib/okta/specs/users.ts', 'security'],
    ['lib/aws/guardrail-policies.ts', 'security'],
    ['stacks/organization-stack.ts', 'security'],
    ['stacks/it-stack.ts', 'it'],
    ['lib/lifecycle/offboarding/steps/suspend.ts', 'it'],
    ['package.json', 'security'],
    ['lib/review/approvals.ts', 'security'],
    ['lib/report/report.ts', 'it'],
  ])('%s is owned by %s', (path, side) => expect(owningSide(path)).toBe(side));
});
