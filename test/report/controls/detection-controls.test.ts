// The detection controls claim what the AWS side deploys: the CIS ids of the metric-filter
// alarms are those of the filters deployed (each proved against the benchmark in
// test/aws/cis-monitoring-benchmark.test.ts), and the example org's Okta alerting counts the
// alert rules monitoring.yaml lists (proved against SigmaHQ in test/aws/sigma-okta-coverage.test.ts).
import { join } from 'node:path';
import { CIS_METRIC_FILTERS } from '../../../lib/aws/cis-metric-filters';
import { DETECTION_CONTROLS } from '../../../lib/report/controls/detection-controls';
import { controlsReport } from '../../../lib/report/controls-report';
import { checkDir } from '../../policy/rule-case';

const control = (id: string) => {
  const c = DETECTION_CONTROLS.find((x) => x.id === id);
  if (!c) throw new Error(`no control ${id}`);
  return c;
};

describe('detection controls', () => {
  test('cis-alarms maps to CIS 4.1–4.15, one metric filter for each, in order', () => {
    expect(control('cis-alarms').cis).toEqual(['4.1–4.15']);
    expect(CIS_METRIC_FILTERS.map((f) => f.cis)).toEqual(Array.from({ length: 15 }, (_, i) => `4.${i + 1}`));
  });

  test('Security Hub is CIS 4.16, AWS Config 3.3, Access Analyzer 1.20; every control has SOC 2 and ISO ids', () => {
    expect(['security-hub', 'aws-config', 'access-analyzer'].map((id) => control(id).cis)).toEqual([
      ['4.16'],
      ['3.3'],
      ['1.20'],
    ]);
    for (const c of DETECTION_CONTROLS)
      expect([c.id, c.soc2.length > 0, c.iso27001.length > 0]).toEqual([c.id, true, true]);
  });

  test('the example org: every detection control implemented, with what it deploys', () => {
    const checked = checkDir(join(__dirname, '..', '..', '..', 'config'));
    const report = controlsReport(checked.model!, checked.sources, DETECTION_CONTROLS);
    const rows = report.sections.flatMap((s) => s.rows.map((r) => r.cells));
    expect(rows.map((r) => `${r.control}: ${r.status}`)).toEqual(
      DETECTION_CONTROLS.map((c) => `${c.id}: implemented`),
    );
    const rules = checked.model!.monitoring.alerts.oktaRules;
    expect(rows.find((r) => r.control === 'cis-alarms')?.resource).toBe(
      'AWS::Logs::MetricFilter + AWS::CloudWatch::Alarm (15, one per CIS 4.x) → AWS::SNS::Topic',
    );
    expect(rows.find((r) => r.control === 'okta-event-alerts')?.notes).toBe(
      `${rules.length} rules: ${rules.filter((r) => r.implements.sigma).length} implement SigmaHQ Okta rules, 2 Okta guidance`,
    );
  });
});
