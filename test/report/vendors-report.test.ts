// Vendor reviews: next review from the risk tier's cadence, overdue and missing flagged.
import type { Report } from '../../lib/report/report';
import { vendorsReport } from '../../lib/report/vendors-report';
import { checkCase } from '../policy/rule-case';

const rows = (report: Report) =>
  report.sections[0].rows.map(
    (r) => `${r.attention ? '! ' : ''}${report.columns.map((c) => r.cells[c.key] ?? '-').join(' | ')}`,
  );

describe('vendors report', () => {
  test('never-reviewed first, then soonest due; overdue and missing reviews flagged', () => {
    const report = vendorsReport(checkCase('vendor-review-overdue').model!);
    expect(report.columns.map((c) => c.label)).toEqual([
      'Vendor',
      'App',
      'Risk',
      'Data',
      'Owner',
      'MFA',
      'Last review',
      'Cadence',
      'Next review',
      'Status',
    ]);
    expect(rows(report)).toEqual([
      '! Chat Ltd | Chat (chat) | low | internal | IT | false | - | P2Y | - | no review on record',
      '! Pager Inc | Pager (pager) | critical | confidential | Security | true | 2026-05-26 | P6M | 2026-11-22 | overdue by 1 day',
      'Wiki Co | Wiki (wiki) | medium | internal | IT | false | 2025-11-23 | P1Y | 2026-11-23 | due today',
    ]);
    expect(report.summary).toEqual([
      '3 apps from 3 vendors',
      '1 overdue, 1 never reviewed, 1 due within 30 days',
      'Review cadence by risk (guardrails.yaml vendorReview): critical P6M, high P1Y, medium P1Y, low P2Y',
    ]);
  });

  test('reviews within their cadence are current', () => {
    expect(rows(vendorsReport(checkCase().model!))).toEqual([
      'Wiki Co | Wiki (wiki) | medium | internal | IT | false | 2026-03-02 | P1Y | 2027-03-02 | current',
      'Pager Inc | Pager (pager) | high | confidential | Security | true | 2026-09-01 | P1Y | 2027-09-01 | current',
    ]);
  });
});
