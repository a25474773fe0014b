// The DISA Okta IDaaS STIG (V1R1), rule by rule: met (by controls the security stack declares
// and tests, with the STIG's values configured), a gap (the config sets a weaker value, or a
// control is off), manual (no resource can declare it: how to check it by hand), or not
// applicable. The README's STIG table is this report's markdown.
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { OKTA_STIG, type StigRule } from './controls/okta-stig';
import { assessControls } from './controls-report';
import { plural, type Report } from './report';

export type StigStatus = 'met' | 'gap' | 'manual' | 'not applicable';

export interface StigAssessment {
  readonly rule: StigRule;
  readonly status: StigStatus;
  /** How it is met, or why not, or why it is manual or not applicable. */
  readonly how: string;
  /** How to check it by hand (manual rules). */
  readonly check: string;
}

export function assessStig(model: OrgModel, sources: Sources): StigAssessment[] {
  const controls = new Map(assessControls(model, sources).map((a) => [a.control.id, a]));
  return OKTA_STIG.map((rule) => {
    if (rule.kind === 'manual') return { rule, status: 'manual', how: rule.why, check: rule.check };
    if (rule.kind === 'not-applicable') return { rule, status: 'not applicable', how: rule.why, check: '' };
    const missing = rule.controls.filter((id) => {
      const c = controls.get(id);
      if (!c) throw new Error(`internal: STIG ${rule.id} names unknown control ${id}`);
      return !c.implemented;
    });
    const short = rule.holds(model);
    const why = [
      ...(missing.length ? [`not implemented: ${missing.join(', ')}`] : []),
      ...(short ? [short] : []),
    ];
    return {
      rule,
      status: why.length === 0 ? 'met' : 'gap',
      how:
        why.length === 0
          ? `control ${rule.controls.join(', ')}${rule.note ? `, ${rule.note}` : ''}`
          : why.join('; '),
      check: '',
    };
  });
}

export function stigReport(model: OrgModel, sources: Sources): Report {
  const assessed = assessStig(model, sources);
  const count = (s: StigStatus) => assessed.filter((a) => a.status === s).length;
  return {
    kind: 'stig',
    title: 'Okta IDaaS STIG V1R1',
    org: model.name,
    asOf: model.today,
    intro:
      'Each rule of the DISA Okta Identity as a Service STIG (Version 1, Release 1): met by what the security stack declares and tests with the configured values, a gap, checked by hand (manual: no @pulumi/okta resource can declare it, or it needs material that is not config), or not applicable.',
    summary: [
      `${count('met')} met, ${count('gap')} ${count('gap') === 1 ? 'gap' : 'gaps'}, ${count('manual')} manual, ${count('not applicable')} not applicable (${plural(assessed.length, 'rule')})`,
      'The controls named are in `blueprint report controls`',
    ],
    columns: [
      { key: 'stig', label: 'STIG', nowrap: true },
      { key: 'severity', label: 'Severity', nowrap: true },
      { key: 'title', label: 'Rule' },
      { key: 'status', label: 'Status', nowrap: true },
      { key: 'how', label: 'How, or why not' },
      { key: 'check', label: 'Check by hand' },
    ],
    sections: [
      {
        id: 'okta-idaas-stig-v1r1',
        heading: 'Rules',
        rows: assessed.map((a) => ({
          cells: {
            stig: a.rule.id,
            severity: a.rule.severity,
            title: a.rule.title,
            status: a.status,
            how: a.how,
            check: a.check,
          },
          attention: a.status === 'gap' || a.status === 'manual',
        })),
      },
    ],
  };
}
