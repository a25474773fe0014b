// Every app's vendor is reviewed within the cadence Security set for its risk tier
// (guardrails.yaml `vendorReview`), counted from `lastVendorReview`. A missing review is a
// finding too. Hygiene, so a warning by default; Security can make it an error.
import { addDays } from '../../model/calendar-date';
import { durationDays } from '../../model/duration';
import type { App, OrgModel } from '../../model/org-model';
import type { Guardrail, RuleFinding } from '../guardrail';

/** The date the next vendor review of `app` is due, or undefined when it was never reviewed. */
export function nextVendorReview(app: App, model: OrgModel): string | undefined {
  if (app.lastVendorReview === undefined) return undefined;
  return addDays(app.lastVendorReview, durationDays(model.guardrails.vendorReview[app.risk])!);
}

export const vendorReview: Guardrail = {
  id: 'vendor-review',
  title: "Every app's vendor is reviewed within its risk tier's cadence",
  rationale:
    'Vendors change owners, sub-processors and security posture; the riskier the app, the more often it is re-checked.',
  defaultSeverity: 'warning',
  check(model) {
    const findings: RuleFinding[] = [];
    for (const app of model.apps) {
      const cadence = model.guardrails.vendorReview[app.risk];
      const due = nextVendorReview(app, model);
      if (due === undefined) {
        findings.push({
          at: app.at,
          message: `app "${app.id}" (${app.vendor}) has no vendor review on record`,
          hint: `review the vendor and add lastVendorReview: "YYYY-MM-DD" (${app.risk} risk apps are reviewed every ${cadence})`,
          value: app.id,
        });
      } else if (due < model.today) {
        findings.push({
          at: app.at,
          field: ['lastVendorReview'],
          message: `vendor review of "${app.id}" (${app.vendor}) was due on ${due}`,
          hint: `review the vendor again and set lastVendorReview to the review date (${app.risk} risk apps are reviewed every ${cadence})`,
          value: app.lastVendorReview,
        });
      }
    }
    return findings;
  },
};
