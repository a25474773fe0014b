// CIS AWS Foundations v3.0.0 section 4 (Monitoring), one test per recommendation: the metric
// filter synthesized on the organization trail's log group selects every event the benchmark's
// pattern selects (fixtures/cis-aws-foundations-v3.0.0, transcribed from the benchmark), none
// it excludes, and nothing more than the additions the filter declares; 4.16 is Security Hub
// enabled in every region in use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cisMonitoringRows } from '../../bench/aws-baseline/cis-monitoring';
import { CIS_METRIC_FILTERS } from '../../lib/aws/cis-metric-filters';
import { comparePatterns, type LogEvent } from '../../lib/aws/filter-pattern';
import { exampleModel, type SynthesizedApp, synthApp } from './support/synth-app';

interface BenchmarkControl {
  readonly cis: string;
  readonly title: string;
  readonly pattern: string | null;
}

const BENCHMARK: { controls: BenchmarkControl[] } = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'cis-aws-foundations-v3.0.0', 'monitoring.json'), 'utf8'),
);

let app: SynthesizedApp;
beforeAll(() => {
  app = synthApp(exampleModel());
});

/** The synthesized filter pattern of each metric, by metric name. */
function synthesizedPatterns(): Map<string, string> {
  const filters = app.template('acme-security-org-trail').findResources('AWS::Logs::MetricFilter');
  return new Map(
    Object.values(filters).map((f) => [
      f.Properties.MetricTransformations[0].MetricName as string,
      f.Properties.FilterPattern as string,
    ]),
  );
}

describe('CIS AWS Foundations v3.0.0 section 4: Monitoring', () => {
  test('the benchmark has 16 recommendations, 15 of them metric filters, each with a filter of ours', () => {
    expect(BENCHMARK.controls.map((c) => c.cis)).toEqual(Array.from({ length: 16 }, (_, i) => `4.${i + 1}`));
    const filtered = BENCHMARK.controls.filter((c) => c.pattern);
    expect(filtered).toHaveLength(15);
    expect(CIS_METRIC_FILTERS.map((f) => f.cis)).toEqual(filtered.map((c) => c.cis));
  });

  test.each(BENCHMARK.controls.filter((c) => c.pattern).map((c) => [c.cis, c.title, c]))(
    '%s %s: the synthesized filter selects what the benchmark selects',
    (cis, _, control) => {
      const filter = CIS_METRIC_FILTERS.find((f) => f.cis === cis)!;
      const synthesized = synthesizedPatterns().get(filter.id);
      expect(synthesized).toBe(filter.pattern);
      const beyond = new Set(filter.beyondCis ?? []);
      const comparison = comparePatterns(synthesized!, control.pattern!, (e: LogEvent) =>
        beyond.has(e.eventName as string),
      );
      expect(comparison).toEqual({ missed: [], unexcluded: [], extra: [] });
    },
  );

  test('4.15 AWS Organizations changes: CIS 18 events and 5 more, each alarmed', () => {
    const filter = CIS_METRIC_FILTERS.find((f) => f.cis === '4.15')!;
    expect(filter.beyondCis).toEqual([
      'CancelHandshake',
      'CreateOrganization',
      'DeregisterDelegatedAdministrator',
      'DisableAWSServiceAccess',
      'EnableAllFeatures',
    ]);
    const comparison = comparePatterns(
      filter.pattern,
      BENCHMARK.controls.find((c) => c.cis === '4.15')!.pattern!,
    );
    expect(comparison.extra.map((e) => e.eventName)).toEqual(filter.beyondCis);
    expect(comparison.missed).toEqual([]);
  });

  test('4.16 Ensure AWS Security Hub is enabled: in the home region, linked to every other region, on every OU', () => {
    const home = app.template('acme-security-detection-eu-west-1');
    home.resourceCountIs('AWS::SecurityHub::Hub', 1);
    home.hasResourceProperties('AWS::SecurityHub::FindingAggregator', {
      RegionLinkingMode: 'SPECIFIED_REGIONS',
      Regions: ['us-east-1'],
    });
    home.hasResourceProperties('AWS::SecurityHub::OrganizationConfiguration', {
      ConfigurationType: 'CENTRAL',
    });
    home.hasResourceProperties('AWS::SecurityHub::ConfigurationPolicy', {
      ConfigurationPolicy: { SecurityHub: { ServiceEnabled: true } },
    });
    const targets = Object.values(home.findResources('AWS::SecurityHub::PolicyAssociation')).map(
      (a) => a.Properties.TargetId,
    );
    expect(targets.sort()).toEqual(['ou-a1b2-11111111', 'ou-a1b2-22222222', 'ou-a1b2-33333333']);
  });

  test('the table bench/aws-baseline.ts prints: 16 of 16 met', () => {
    const rows = cisMonitoringRows(
      app.template('acme-security-org-trail').toJSON(),
      app.template('acme-security-detection-eu-west-1').toJSON(),
    );
    expect(rows.filter((r) => !r.met)).toEqual([]);
    expect(rows.map((r) => [r.cis, r.benchmarkEvents, r.ourEvents])).toEqual([
      ['4.1', 2, 2],
      ['4.2', 1, 1],
      ['4.3', 1, 1],
      ['4.4', 16, 16],
      ['4.5', 5, 5],
      ['4.6', 1, 1],
      ['4.7', 2, 2],
      ['4.8', 9, 9],
      ['4.9', 4, 4],
      ['4.10', 6, 6],
      ['4.11', 6, 6],
      ['4.12', 6, 6],
      ['4.13', 7, 7],
      ['4.14', 11, 11],
      ['4.15', 18, 23],
      ['4.16', undefined, undefined],
    ]);
  });
});
