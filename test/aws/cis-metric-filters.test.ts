import { breakGlassPattern, CIS_METRIC_FILTERS } from '../../lib/aws/cis-metric-filters';

describe('CIS metric filters', () => {
  test('cover CIS 4.1 to 4.15 with unique ids', () => {
    expect(CIS_METRIC_FILTERS.map((f) => f.cis)).toEqual(Array.from({ length: 15 }, (_, i) => `4.${i + 1}`));
    expect(new Set(CIS_METRIC_FILTERS.map((f) => f.id)).size).toBe(15);
  });

  test('are valid JSON filter patterns within the 1,024-character limit', () => {
    for (const f of CIS_METRIC_FILTERS) {
      expect(f.pattern).toMatch(/^\{ .* \}$/);
      expect(f.pattern.length).toBeLessThanOrEqual(1024);
    }
  });

  test('match the events CIS names', () => {
    const by = (id: string) => CIS_METRIC_FILTERS.find((f) => f.id === id)!.pattern;
    expect(by('root-account-usage')).toBe(
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    );
    expect(by('cmk-disable-or-deletion')).toBe(
      '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
    );
    expect(by('organizations-changes')).toContain('($.eventName = LeaveOrganization)');
  });

  test('break-glass: a user or an assumed role of that name, in its account', () => {
    expect(breakGlassPattern('111111111111', 'BreakGlass')).toBe(
      '{ ($.recipientAccountId = "111111111111") && (($.userIdentity.userName = "BreakGlass") || ($.userIdentity.sessionContext.sessionIssuer.userName = "BreakGlass")) }',
    );
  });
});
