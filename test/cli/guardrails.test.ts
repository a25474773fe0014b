// `blueprint guardrails`: every rule with the severity in effect, what it checks and why.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { main } from '../../lib/cli/main';
import { GUARDRAILS } from '../../lib/policy/pack';
import { caseDir } from '../policy/rule-case';
import { captureIo } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

describe('blueprint guardrails', () => {
  test('lists every rule with its severity, title and rationale', async () => {
    const io = captureIo(ROOT);
    expect(await main(['guardrails'], io)).toBe(0);
    const lines = io.stdout().split('\n');
    expect(lines[0]).toBe(
      'Guardrails for Acme (severity in effect from config/security/guardrails.yaml, else the default):',
    );
    expect(lines).toContain(
      "  vendor-review                 warning  Every app's vendor is reviewed within its risk tier's cadence",
    );
    expect(lines).toContain(
      '                                         why: Vendors change owners, sub-processors and security posture; the riskier the app, the more often it is re-checked.',
    );
    expect(lines.filter((l) => /^ {2}[a-z]/.test(l))).toHaveLength(GUARDRAILS.length);
    expect(lines.at(-2)).toBe(
      '16 rules: 12 error, 4 warning, 0 off. Security changes a severity in config/security/guardrails.yaml, e.g. "severity: { vendor-review: error }".',
    );
  });

  test("shows Security's overrides next to the default", async () => {
    const config = caseDir();
    writeFileSync(
      join(config, 'security', 'guardrails.yaml'),
      'contractors: { forbiddenGroups: [admins] }\nseverity: { vendor-review: error, app-mfa: off }\n',
    );
    const io = captureIo(dirname(config));
    expect(await main(['guardrails', '--format', 'json'], io)).toBe(0);
    const rules = JSON.parse(io.stdout());
    expect(rules.map((r: { id: string }) => r.id)).toEqual(GUARDRAILS.map((r) => r.id));
    expect(rules.find((r: { id: string }) => r.id === 'vendor-review')).toEqual({
      id: 'vendor-review',
      severity: 'error',
      defaultSeverity: 'warning',
      title: "Every app's vendor is reviewed within its risk tier's cadence",
      rationale:
        'Vendors change owners, sub-processors and security posture; the riskier the app, the more often it is re-checked.',
    });
    const text = captureIo(dirname(config));
    await main(['guardrails'], text);
    expect(text.stdout()).toContain(
      "  vendor-review                 error    Every app's vendor is reviewed within its risk tier's cadence [default: warning]\n",
    );
    expect(text.stdout()).toContain(
      '  app-mfa                       off      Apps at or above the MFA risk tier require MFA [default: error]\n',
    );
    expect(text.stdout()).toContain('16 rules: 12 error, 3 warning, 1 off.');
  });

  test('an unreadable config: the defaults, the errors on stderr, exit 1', async () => {
    const io = captureIo(ROOT);
    expect(await main(['guardrails', '--config', 'nowhere'], io)).toBe(1);
    expect(io.stdout().split('\n')[0]).toBe(
      'Guardrails (severity in effect from nowhere/security/guardrails.yaml, else the default):',
    );
    expect(io.stderr()).toContain('✗ nowhere could not be read; showing the default severities\n');
  });
});
