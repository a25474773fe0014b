import { textDiagnostic } from '../../../lib/cli/render-diagnostics';
import { checkOrg } from '../../../lib/policy/check-org';
import { caseDir, TODAY } from '../rule-case';

const NOW = `${TODAY}T14:00:00Z`;
const lines = (
  name: string,
  rule: string,
  options: { now?: string; elevationStarts?: Record<string, string> } = {},
) =>
  checkOrg(caseDir(name), { today: TODAY, display: 'config', now: NOW, ...options })
    .diagnostics.filter((d) => d.code === rule)
    .flatMap((d) => textDiagnostic(d).trimEnd().split('\n'));

describe('privileged-elevation-bounds: elevations last no longer than maxElevation', () => {
  test('compliant: for: PT4H within the PT8H default', () => {
    const checked = checkOrg(caseDir('elevations'), { today: TODAY, display: 'config', now: NOW });
    expect(checked.findings.filter((f) => f.message.includes('gavin-belson'))).toEqual([]);
  });

  test('non-compliant: until an instant 9 h after its clock started', () => {
    expect(lines('elevations', 'privileged-elevation-bounds')).toEqual([
      'config/security/privileged.yaml:11:84: error: grants[1].until: elevated grant of "administrator" to "admins" lasts longer than the PT8H maxElevation (got "2026-11-23T23:00:00Z")',
      '    fix: set until to 2026-11-23T22:00Z or earlier (its clock started at 2026-11-23T14:00:00Z), or for: PT8H or less',
    ]);
  });

  test('the bound counts from when the clock started, not from now', () => {
    expect(
      lines('elevations', 'privileged-elevation-bounds', {
        elevationStarts: { 'grant/admins/administrator': '2026-11-23T16:00:00Z' },
      }),
    ).toEqual([]);
  });
});

describe('malformed elevations are config errors, all at once', () => {
  test('a duration that is not ISO-8601, an instant without a zone, both for and until, a zero duration', () => {
    const checked = checkOrg(caseDir('elevation-malformed'), { today: TODAY, display: 'config', now: NOW });
    expect(checked.ok).toBe(false);
    expect(checked.diagnostics.flatMap((d) => textDiagnostic(d).trimEnd().split('\n'))).toEqual([
      'config/security/privileged.yaml:6:38: error: groups[0].members[1].for: invalid value for "for" (got "4 hours")',
      '    fix: for is an ISO-8601 duration longer than zero, e.g. "PT4H" (4 hours) or "PT30M"',
      'config/security/privileged.yaml:7:38: error: groups[0].members[2].until: invalid value for "until" (got "2026-11-23 18:00")',
      '    fix: until is a last day, "2026-12-31", or a UTC instant, "2026-12-03T18:00Z" (for an elevation)',
      'config/security/privileged.yaml:8:43: error: groups[0].members[3].for: membership of "richard-hendricks" has both "for" and "until" (got "PT1H")',
      '    fix: keep one: "for" (counted from the deploy) or "until" (a day or an instant)',
      'config/security/privileged.yaml:13:82: error: grants[1].for: invalid value for "for" (got "PT0S")',
      '    fix: for is an ISO-8601 duration longer than zero, e.g. "PT4H" (4 hours) or "PT30M"',
    ]);
  });
});
