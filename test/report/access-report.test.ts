// The access review on the small policy fixture org (Hooli): every row, per reviewer.
import { accessReport } from '../../lib/report/access-report';
import type { Report } from '../../lib/report/report';
import { checkCase } from '../policy/rule-case';

const table = (report: Report) =>
  Object.fromEntries(
    report.sections.map((s) => [
      s.heading,
      s.rows.map(
        (r) => `${r.attention ? '! ' : ''}${report.columns.map((c) => r.cells[c.key] ?? '-').join(' | ')}`,
      ),
    ]),
  );

describe('access report', () => {
  test('one section per reviewing team: app owners, granting group owners, privileged group owners', () => {
    const report = accessReport(checkCase().model!);
    expect(report.columns.map((c) => c.key)).toEqual([
      'kind',
      'resource',
      'access',
      'person',
      'name',
      'contractor',
      'via',
      'expires',
      'status',
      'reason',
    ]);
    expect(table(report)).toEqual({
      'IT reviews': [
        'app | Wiki (wiki) | SSO (saml) | richard-hendricks | Richard Hendricks | false | engineering (rule: department engineering) | - | active | -',
        'aws | Dev (dev, 200000000004) | developer, PT8H sessions | richard-hendricks | Richard Hendricks | false | engineering (rule: department engineering) | - | active | -',
      ],
      'Security reviews': [
        'app | Pager (pager) | SSO (bookmark) with MFA | jared-dunn | Jared Dunn | true | oncall (listed) | 2027-01-31 | active, leaves 2027-03-31 | -',
        'app | Pager (pager) | SSO (bookmark) with MFA | richard-hendricks | Richard Hendricks | false | oncall (listed) | - | active | -',
        'aws | Dev (dev, 200000000004) | administrator (privileged), PT1H sessions | richard-hendricks | Richard Hendricks | false | admins (listed) | 2027-01-15 | active | Platform owner',
        'aws | Management (management, 200000000001) | administrator (privileged), PT1H sessions | richard-hendricks | Richard Hendricks | false | admins (listed) | 2027-01-15 | active | Platform owner',
        'privileged group | Administrators (admins) | Okta SUPER_ADMIN; AWS administrator in 2 accounts | richard-hendricks | Richard Hendricks | false | admins (listed) | 2027-01-15 | active | Platform owner',
      ],
    });
    expect(report.sections[1].intro).toBe(
      'Reviewer: Security (security@hooli.example, GitHub hooli/security). Confirm that each person still needs each access below; remove what is no longer needed with a pull request to config/.',
    );
    expect(report.summary).toEqual([
      '2 people hold 7 accesses: 2 apps, 2 AWS accounts, 1 privileged group',
      '1 privileged membership, 0 without an expiry date',
      '1 access held by contractors',
      '0 accesses held by people who have left (highlighted)',
      '0 accesses expiring by 2026-12-23',
    ]);
  });

  test('leavers are highlighted; direct assignments and several paths to one app are named', () => {
    const report = accessReport(checkCase('leaver-keeps-access').model!);
    const it = table(report)['IT reviews'];
    expect(it.filter((r) => r.includes('| Wiki (wiki) |'))).toEqual([
      '! app | Wiki (wiki) | SSO (saml) | dinesh-chugtai | Dinesh Chugtai | false | engineering (rule: department engineering) | - | suspended, left 2026-11-20 | -',
      '! app | Wiki (wiki) | SSO (saml) | erlich-bachman | Erlich Bachman | false | engineering (rule: department engineering) | - | deprovisioned, left 2026-10-01 | -',
      '! app | Wiki (wiki) | SSO (saml) | jared-dunn | Jared Dunn | true | direct assignment | - | suspended, left 2026-11-10 | -',
      'app | Wiki (wiki) | SSO (saml) | richard-hendricks | Richard Hendricks | false | direct assignment; engineering (rule: department engineering) | - | active | -',
    ]);
    expect(report.summary).toContain('5 accesses held by people who have left (highlighted)');
  });

  test('an app reached only through time-bound memberships expires with the last of them', () => {
    const report = accessReport(checkCase().model!);
    const pager = report.sections[1].rows.find((r) => r.cells.person === 'jared-dunn');
    expect(pager?.cells.expires).toBe('2027-01-31');
  });
});
