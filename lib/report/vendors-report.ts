// Every SSO app as a vendor: risk tier, data it holds, owner team, last and next review
// (the cadence per risk tier is Security's, in guardrails.yaml `vendorReview`). Overdue and
// missing reviews are flagged; reviews due within 30 days are called out.
import { daysBetween } from '../model/calendar-date';
import type { App, OrgModel } from '../model/org-model';
import { nextVendorReview } from '../policy/rules/vendor-review';
import { byKey, plural, type Report, type Row } from './report';

const SOON_DAYS = 30;

const COLUMNS = [
  { key: 'vendor', label: 'Vendor' },
  { key: 'app', label: 'App' },
  { key: 'risk', label: 'Risk', nowrap: true },
  { key: 'data', label: 'Data' },
  { key: 'owner', label: 'Owner' },
  { key: 'mfa', label: 'MFA' },
  { key: 'lastReview', label: 'Last review', nowrap: true },
  { key: 'cadence', label: 'Cadence', nowrap: true },
  { key: 'nextReview', label: 'Next review', nowrap: true },
  { key: 'status', label: 'Status' },
];

type ReviewState = 'missing' | 'overdue' | 'soon' | 'current';

function reviewState(model: OrgModel, app: App): { state: ReviewState; text: string; due?: string } {
  const due = nextVendorReview(app, model);
  if (due === undefined) return { state: 'missing', text: 'no review on record' };
  const days = daysBetween(model.today, due);
  if (days < 0) return { state: 'overdue', text: `overdue by ${plural(-days, 'day')}`, due };
  if (days <= SOON_DAYS)
    return { state: 'soon', text: days === 0 ? 'due today' : `due in ${plural(days, 'day')}`, due };
  return { state: 'current', text: 'current', due };
}

export function vendorsReport(model: OrgModel): Report {
  const teams = new Map(model.teams.map((t) => [t.id, t]));
  const assessed = model.apps.map((app) => ({ app, ...reviewState(model, app) }));
  // Soonest due first; never-reviewed apps at the very top.
  const ordered = [...assessed].sort(byKey((a) => `${a.due ?? '0000-00-00'} ${a.app.id}`));
  const rows: Row[] = ordered.map(({ app, state, text, due }) => ({
    cells: {
      vendor: app.vendor,
      app: `${app.name} (${app.id})`,
      risk: app.risk,
      data: app.data,
      owner: teams.get(app.owner)?.name ?? app.owner,
      mfa: app.mfaRequired,
      lastReview: app.lastVendorReview ?? null,
      cadence: model.guardrails.vendorReview[app.risk],
      nextReview: due ?? null,
      status: text,
    },
    attention: state === 'missing' || state === 'overdue',
  }));
  const count = (state: ReviewState) => assessed.filter((a) => a.state === state).length;
  const cadence = model.guardrails.vendorReview;
  return {
    kind: 'vendors',
    title: 'Vendor reviews',
    org: model.name,
    asOf: model.today,
    intro:
      "Every SSO app as a vendor, with the next review its risk tier's cadence requires. Vendor management reviews the overdue ones first and records each review as lastVendorReview in config/it/apps.yaml.",
    summary: [
      `${plural(model.apps.length, 'app')} from ${plural(new Set(model.apps.map((a) => a.vendor)).size, 'vendor')}`,
      `${count('overdue')} overdue, ${count('missing')} never reviewed, ${count('soon')} due within ${SOON_DAYS} days`,
      `Review cadence by risk (guardrails.yaml vendorReview): critical ${cadence.critical}, high ${cadence.high}, medium ${cadence.medium}, low ${cadence.low}`,
    ],
    columns: COLUMNS,
    sections: [{ id: 'vendors', heading: 'Vendors by next review', rows }],
  };
}
