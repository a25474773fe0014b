// CIS AWS Foundations v3.0.0 section 4 against the synthesized app: each metric filter on the
// organization trail's log group compared with the benchmark's pattern (test/aws/fixtures/
// cis-aws-foundations-v3.0.0, transcribed), and 4.16, Security Hub enabled in every region.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CIS_METRIC_FILTERS } from '../../lib/aws/cis-metric-filters';
import { comparePatterns, parseFilterPattern, witnesses } from '../../lib/aws/filter-pattern';

export const CIS_FIXTURE = join(
  __dirname,
  '..',
  '..',
  'test',
  'aws',
  'fixtures',
  'cis-aws-foundations-v3.0.0',
  'monitoring.json',
);

interface BenchmarkControl {
  readonly cis: string;
  readonly title: string;
  readonly pattern: string | null;
}

/** A template as synthesized: resources by logical id. */
export interface TemplateJson {
  readonly Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

export interface CisRow {
  readonly cis: string;
  readonly title: string;
  /** What implements it: our metric filter's id, or the resources checked. */
  readonly implementedBy: string;
  /** Events the benchmark's pattern names, and ours (more where the filter alarms beyond CIS). */
  readonly benchmarkEvents?: number;
  readonly ourEvents?: number;
  readonly met: boolean;
  readonly notes: string;
}

const resources = (t: TemplateJson, type: string) =>
  Object.values(t.Resources ?? {})
    .filter((r) => r.Type === type)
    .map((r) => r.Properties ?? {});

export function cisMonitoringRows(orgTrail: TemplateJson, homeDetection: TemplateJson): CisRow[] {
  const benchmark: BenchmarkControl[] = JSON.parse(readFileSync(CIS_FIXTURE, 'utf8')).controls;
  const synthesized = new Map(
    resources(orgTrail, 'AWS::Logs::MetricFilter').map((p) => [
      (p.MetricTransformations as { MetricName: string }[])[0].MetricName,
      p.FilterPattern as string,
    ]),
  );
  return benchmark.map((control): CisRow => {
    if (!control.pattern) {
      const hub = resources(homeDetection, 'AWS::SecurityHub::Hub').length === 1;
      const policy = resources(homeDetection, 'AWS::SecurityHub::ConfigurationPolicy').some(
        (p) =>
          (p.ConfigurationPolicy as { SecurityHub?: { ServiceEnabled?: boolean } }).SecurityHub
            ?.ServiceEnabled,
      );
      const ous = resources(homeDetection, 'AWS::SecurityHub::PolicyAssociation').length;
      return {
        cis: control.cis,
        title: control.title,
        implementedBy: 'AWS::SecurityHub::Hub + ConfigurationPolicy',
        met: hub && policy && ous > 0,
        notes: `hub in the home region, central configuration enabling it on ${ous} OUs, other regions linked`,
      };
    }
    const filter = CIS_METRIC_FILTERS.find((f) => f.cis === control.cis);
    const ours = filter && synthesized.get(filter.id);
    if (!filter || !ours) {
      return {
        cis: control.cis,
        title: control.title,
        implementedBy: '-',
        met: false,
        notes: 'no metric filter',
      };
    }
    const beyond = new Set(filter.beyondCis ?? []);
    const c = comparePatterns(ours, control.pattern, (e) => beyond.has(e.eventName as string));
    const gaps = [
      ...c.missed.map((e) => `misses ${JSON.stringify(e)}`),
      ...c.unexcluded.map((e) => `does not exclude ${JSON.stringify(e)}`),
      ...c.extra.map((e) => `also selects ${JSON.stringify(e)}`),
    ];
    return {
      cis: control.cis,
      title: control.title,
      implementedBy: filter.id,
      benchmarkEvents: witnesses(parseFilterPattern(control.pattern)).length,
      ourEvents: witnesses(parseFilterPattern(ours)).length,
      met: gaps.length === 0,
      notes: gaps.length ? gaps.join('; ') : beyond.size ? `also ${[...beyond].join(', ')}` : '',
    };
  });
}
