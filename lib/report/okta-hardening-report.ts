// Okta's hardening guidance (HealthInsight's security tasks, its admin account best practices,
// its OAuth 2.0 guidance for OIDC clients), item by item: met (by controls the security stack
// declares and tests, with the recommended values configured), a gap (the config sets a weaker
// value, or a control is off), or manual (no @pulumi/okta resource can declare it). Every row
// says where to check it in the Admin Console. The README's "Okta hardening" table is this
// report's markdown.
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { type HardeningItem, OKTA_HARDENING } from './controls/okta-hardening';
import { assessControls } from './controls-report';
import { plural, type Report } from './report';

export type HardeningStatus = 'met' | 'gap' | 'manual';

export interface HardeningAssessment {
  readonly item: HardeningItem;
  readonly status: HardeningStatus;
  /** How it is met, or why not, or why it is manual. */
  readonly how: string;
}

export function assessHardening(model: OrgModel, sources: Sources): HardeningAssessment[] {
  const controls = new Map(assessControls(model, sources).map((a) => [a.control.id, a]));
  return OKTA_HARDENING.map((item) => {
    if (item.kind === 'manual') return { item, status: 'manual', how: item.why };
    const missing = item.controls.filter((id) => {
      const c = controls.get(id);
      if (!c) throw new Error(`internal: hardening item ${item.id} names unknown control ${id}`);
      return !c.implemented;
    });
    const short = item.holds(model);
    const why = [
      ...(missing.length ? [`not implemented: ${missing.join(', ')}`] : []),
      ...(short ? [short] : []),
    ];
    return {
      item,
      status: why.length === 0 ? 'met' : 'gap',
      how:
        why.length === 0
          ? `control ${item.controls.join(', ')}${item.note ? `: ${item.note}` : ''}`
          : why.join('; '),
    };
  });
}

export function oktaHardeningReport(model: OrgModel, sources: Sources): Report {
  const assessed = assessHardening(model, sources);
  const count = (s: HardeningStatus) => assessed.filter((a) => a.status === s).length;
  return {
    kind: 'okta-hardening',
    title: 'Okta hardening',
    org: model.name,
    asOf: model.today,
    intro:
      'Okta’s own hardening guidance, item by item: the security tasks HealthInsight checks an org against (help.okta.com, “HealthInsight tasks and recommendations”, with Okta’s security impact), its best practices for admin accounts (support.okta.com, “Best Practices for Securing Okta Workforce Identity Cloud Admin Accounts”; sec.okta.com, “Protecting Administrative Sessions in Okta”) and its OAuth 2.0 guidance for OIDC clients. Met by what the security stack declares and tests with the configured values, a gap, or manual (no @pulumi/okta 7.0.0 resource can declare it); each row says where to check it in the Admin Console.',
    summary: [
      `${count('met')} met, ${count('gap')} ${count('gap') === 1 ? 'gap' : 'gaps'}, ${count('manual')} manual (${plural(assessed.length, 'item')})`,
      'The controls named are in `blueprint report controls`',
    ],
    columns: [
      { key: 'item', label: 'Item', nowrap: true },
      { key: 'source', label: 'Source', nowrap: true },
      { key: 'impact', label: 'Impact', nowrap: true },
      { key: 'title', label: 'Recommendation' },
      { key: 'status', label: 'Status', nowrap: true },
      { key: 'how', label: 'How, or why not' },
      { key: 'check', label: 'Check in Okta' },
    ],
    sections: [
      {
        id: 'okta-hardening',
        heading: 'Items',
        rows: assessed.map((a) => ({
          cells: {
            item: a.item.id,
            source: a.item.source,
            impact: a.item.impact ?? '',
            title: a.item.title,
            status: a.status,
            how: a.how,
            check: a.item.check,
          },
          attention: a.status !== 'met',
        })),
      },
    ],
  };
}
