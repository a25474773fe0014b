import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { caseDir, checkDir, ruleLines } from '../rule-case';

describe('break-glass: break-glass principals exist and are alarmed', () => {
  test('compliant: one principal declared (alarmed by the security stack), CIS alarms on', () => {
    expect(ruleLines('break-glass')).toEqual([]);
  });

  test('non-compliant: no principal declared', () => {
    expect(ruleLines('break-glass', 'no-break-glass')).toEqual([
      'config/security/privileged.yaml:1:1: warning: breakGlass: no break-glass principal is declared',
      '    fix: declare the emergency IAM role or user under breakGlass: (id, description, account, principal); each one gets an alarm on use',
    ]);
  });

  test('non-compliant: no privileged.yaml at all points at where the file belongs', () => {
    const dir = caseDir();
    rmSync(join(dir, 'security', 'privileged.yaml'));
    rmSync(join(dir, 'security', 'guardrails.yaml')); // it names a privileged group
    expect(checkDir(dir).diagnostics.filter((d) => d.code === 'break-glass')).toEqual([
      expect.objectContaining({
        file: 'config/security/privileged.yaml',
        line: 1,
        col: 1,
        path: 'breakGlass',
      }),
    ]);
  });

  test('non-compliant: alerts.cisAlarms is off, so use of the root user is not alarmed', () => {
    expect(ruleLines('break-glass', 'break-glass-not-alarmed')).toEqual([
      'config/security/monitoring.yaml:6:50: warning: alerts.cisAlarms: use of the root user, the last-resort break-glass, is not alarmed: alerts.cisAlarms is off (got false)',
      '    fix: set alerts.cisAlarms: true (CIS 4.3 alarms on any use of the root user)',
    ]);
  });
});
