// The guardrail pack: one rule per file named after its id, severities from guardrails.yaml.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDiagnostic } from '../../lib/cli/render-diagnostics';
import { checkOrg } from '../../lib/policy/check-org';
import { GUARDRAILS, runGuardrails, severityInEffect } from '../../lib/policy/pack';
import { caseDir, checkCase, checkDir, TODAY } from './rule-case';

const ROOT = join(__dirname, '..', '..');

describe('guardrail pack', () => {
  test('every rule file is in the pack, and each rule id is its file name', () => {
    const files = readdirSync(join(ROOT, 'lib', 'policy', 'rules')).map((f) => f.replace(/\.ts$/, ''));
    expect(GUARDRAILS.map((r) => r.id).sort()).toEqual(files.sort());
  });

  test('every rule explains itself', () => {
    for (const rule of GUARDRAILS) {
      expect(rule.title).toMatch(/^[A-Z].*[^.]$/);
      expect(rule.rationale).toMatch(/^[A-Z].*\.$/);
    }
  });

  test('the policy base fixture and the example org pass every rule', () => {
    expect(runGuardrails(checkCase().model!)).toEqual([]);
    expect(runGuardrails(checkOrg(join(ROOT, 'config'), { today: TODAY }).model!)).toEqual([]);
  });

  test('guardrails.yaml severity: tightens a warning to an error, and turns a rule off', () => {
    const dir = caseDir('vendor-review-overdue');
    writeFileSync(
      join(dir, 'security', 'guardrails.yaml'),
      'contractors: { forbiddenGroups: [admins] }\nseverity: { vendor-review: error, app-mfa: off }\n',
    );
    const checked = checkDir(dir);
    expect(checked.ok).toBe(false);
    expect(checked.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      'error vendor-review',
      'error vendor-review',
    ]);
    const model = checked.model!;
    expect(GUARDRAILS.map((r) => [r.id, severityInEffect(model, r)])).toContainEqual(['app-mfa', 'off']);
  });

  test('an unknown rule id under severity: is an error naming the rules', () => {
    const dir = caseDir();
    writeFileSync(join(dir, 'security', 'guardrails.yaml'), 'severity: { vendor-reviews: off }\n');
    expect(checkDir(dir).diagnostics.map((d) => textDiagnostic(d))).toEqual([
      'config/security/guardrails.yaml:1:13: error: severity.vendor-reviews: unknown guardrail "vendor-reviews"\n' +
        `    fix: guardrails are: ${GUARDRAILS.map((r) => r.id).join(', ')}\n`,
    ]);
  });
});
