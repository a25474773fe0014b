// The control matrix: framework ids well-formed, evidence cited by file:line, gaps listed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROLS, controlsReport } from '../../lib/report/controls-report';
import type { Cell, Report } from '../../lib/report/report';
import { caseDir, checkCase, checkDir } from '../policy/rule-case';

const matrix = (report: Report): Record<string, Readonly<Record<string, Cell>>> =>
  Object.fromEntries(report.sections.flatMap((s) => s.rows.map((r) => [r.cells.control, r.cells])));

const reportFor = (dir: string) => {
  const checked = checkDir(dir);
  return controlsReport(checked.model!, checked.sources);
};

describe('controls report', () => {
  test('control ids are unique and each maps to well-formed SOC 2, ISO 27001:2022, CIS v3.0.0 and STIG ids', () => {
    expect(new Set(CONTROLS.map((c) => c.id)).size).toBe(CONTROLS.length);
    for (const c of CONTROLS) {
      expect(c.soc2.length).toBeGreaterThan(0);
      expect(c.iso27001.length).toBeGreaterThan(0);
      for (const id of c.soc2) expect(id).toMatch(/^CC[1-9]\.[1-9]$/);
      for (const id of c.iso27001)
        expect(id).toMatch(
          /^A\.(5\.([1-9]|[1-2]\d|3[0-7])|6\.[1-8]|7\.([1-9]|1[0-4])|8\.([1-9]|[1-2]\d|3[0-4]))$/,
        );
      for (const id of c.cis) expect(id).toMatch(/^[1-5]\.\d{1,2}(–[1-5]\.\d{1,2})?$/);
      for (const id of c.stig ?? []) expect(id).toMatch(/^V-27(318[6-9]|319\d|320\d)$/);
    }
  });

  test('evidence: the config line that declares the control and the resource it produces', () => {
    const checked = checkCase();
    const m = matrix(controlsReport(checked.model!, checked.sources));
    expect(m['org-trail']).toEqual({
      control: 'org-trail',
      title: 'An organization trail records management events in every account and region',
      status: 'implemented',
      soc2: 'CC7.2',
      iso27001: 'A.8.15',
      cis: '3.1',
      stig: '',
      config: 'config/security/logging.yaml:1',
      resource: 'AWS::CloudTrail::Trail (organization trail, multi-region) + AWS::Logs::LogGroup',
      notes: 'trail hooli-org-trail in management, CloudWatch Logs kept P1Y',
    });
    expect(m['break-glass-alarms'].config).toBe('config/security/privileged.yaml:13');
    expect(m['okta-admin-roles'].resource).toBe('okta:group/role:Role (1)');
    // A setting left to its default, and a file the config does not have, are named as such.
    expect(m['cis-alarms'].config).toBe('config/security/monitoring.yaml (default alerts.cisAlarms)');
    expect(m.offboarding.config).toBe('config/it/lifecycle.yaml (absent: defaults)');
  });

  test('missing or disabled controls are gaps, listed in the summary', () => {
    const dir = caseDir();
    writeFileSync(
      join(dir, 'security', 'monitoring.yaml'),
      [
        'auditAccount: audit',
        'guardDuty: { enabled: false }',
        'securityHub: { enabled: true, standards: [] }',
        'awsConfig: { enabled: true }',
        'accessAnalyzer: { enabled: true }',
        'alerts: { channels: [security-email], cisAlarms: false }',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'security', 'guardrails.yaml'),
      'contractors: { forbiddenGroups: [admins] }\nseverity: { app-mfa: off }\n',
    );
    const report = reportFor(dir);
    const m = matrix(report);
    const gaps = Object.values(m).filter((c) => c.status === 'gap');
    expect(gaps.map((c) => `${c.control}: ${c.notes}`)).toEqual([
      'okta-log-stream: no oktaLogStream in logging.yaml: Okta activity is not collected',
      'guardduty: guardDuty.enabled is false',
      'security-hub: no standards enabled',
      'cis-alarms: alerts.cisAlarms is false',
      'okta-event-alerts: no Okta log stream to alert on',
      'okta-event-archive: no Okta log stream to archive',
      'okta-log-heartbeat: no Okta log stream to watch',
      'app-mfa: guardrail app-mfa (off): turned off in guardrails.yaml',
    ]);
    expect(m.guardduty.config).toBe('config/security/monitoring.yaml:2');
    expect(report.summary.slice(0, 3)).toEqual([
      '35 controls implemented, 1 manual, 8 gaps',
      'Manual (no resource can declare them; done and checked by hand): admin-console-app-session',
      'Gaps: okta-log-stream, guardduty, security-hub, cis-alarms, okta-event-alerts, okta-event-archive, okta-log-heartbeat, app-mfa',
    ]);
    // Gaps and manual controls need someone's attention.
    expect(
      report.sections.flatMap((s) => s.rows.filter((r) => r.attention).map((r) => r.cells.control)),
    ).toEqual(
      Object.values(m)
        .filter((c) => c.status !== 'implemented')
        .map((c) => c.control),
    );
  });

  test('overdue vendor reviews make vendor management a gap', () => {
    const m = matrix(reportFor(caseDir('vendor-review-overdue')));
    expect(m['vendor-reviews']).toMatchObject({
      status: 'gap',
      notes: 'overdue or never reviewed: chat, pager',
    });
  });
});
