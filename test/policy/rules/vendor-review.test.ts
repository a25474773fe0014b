import { nextVendorReview, vendorReview } from '../../../lib/policy/rules/vendor-review';
import { baseModel, ruleLines } from '../rule-case';

describe("vendor-review: every app's vendor is reviewed within its risk tier's cadence", () => {
  test('compliant: reviews within their cadence, one due exactly today', () => {
    expect(ruleLines('vendor-review')).toEqual([]);
    const model = baseModel();
    const dueToday = { ...model.apps[1], lastVendorReview: '2025-11-23' }; // high risk: every P1Y
    expect(nextVendorReview(dueToday, model)).toBe('2026-11-23');
    expect(vendorReview.check({ ...model, apps: [dueToday] })).toEqual([]);
  });

  test('non-compliant: a critical app a day late, and an app never reviewed (warnings by default)', () => {
    expect(ruleLines('vendor-review', 'vendor-review-overdue')).toEqual([
      'config/it/apps.yaml:17:23: warning: apps[1].lastVendorReview: vendor review of "pager" (Pager Inc) was due on 2026-11-22 (got "2026-05-26")',
      '    fix: review the vendor again and set lastVendorReview to the review date (critical risk apps are reviewed every P6M)',
      'config/it/apps.yaml:21:5: warning: apps[2]: app "chat" (Chat Ltd) has no vendor review on record (got "chat")',
      '    fix: review the vendor and add lastVendorReview: "YYYY-MM-DD" (low risk apps are reviewed every P2Y)',
    ]);
  });
});
