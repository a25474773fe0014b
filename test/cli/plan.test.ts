// `blueprint plan`: validates first; writes artifacts only for a valid config.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan } from '../../lib/cli/commands/plan';
import { main } from '../../lib/cli/main';
import { ownershipStep } from '../../lib/report/ownership-summary';
import { captureIo, configCase } from '../support/config-case';

describe('blueprint plan', () => {
  test('summarizes what each side owns and writes plan/ownership.json', async () => {
    const cwd = configCase();
    const io = captureIo(cwd);
    expect(await runPlan({ config: 'config', out: 'plan' }, io, [ownershipStep])).toBe(0);
    const out = io.stdout();
    expect(out).toContain('Initech: plan for 2026-11-23 (0 errors, 0 warnings)');
    expect(out).toContain('  people            3 (2 active, 1 suspended)');
    expect(out).toContain('  groups            2 (1 explicit, 1 rule)');
    expect(out).toContain('  apps              2 (1 bookmark, 1 saml; 1 require MFA)');
    expect(out).toContain('  privileged groups 1 (1 time-bound memberships)');
    expect(out).toContain('  wrote plan/ownership.json');
    const summary = JSON.parse(readFileSync(join(cwd, 'plan', 'ownership.json'), 'utf8'));
    expect(summary.it.people).toEqual({ total: 3, active: 2, suspended: 1 });
    expect(summary.security.accountAssignments).toBe(2);
  });

  test('an invalid config is reported and nothing is written', async () => {
    const cwd = configCase('manager-cycle');
    const io = captureIo(cwd);
    expect(await main(['plan'], io)).toBe(1);
    expect(io.stdout()).toContain(
      'manager cycle: bill-lumbergh → peter-gibbons → milton-waddams → bill-lumbergh',
    );
    expect(io.stdout()).toContain('✗ config is invalid: 1 error, 0 warnings; nothing was planned');
    expect(existsSync(join(cwd, 'plan'))).toBe(false);
  });
});
