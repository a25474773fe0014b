// Who owns what: functions with their accountable team, config files per side, apps, groups.
import { ownershipReport } from '../../lib/report/ownership-report';
import { checkCase } from '../policy/rule-case';

describe('ownership report', () => {
  test('every function with its accountable team and contact', () => {
    const report = ownershipReport(checkCase().model!);
    expect(report.sections.map((s) => `${s.heading}: ${s.rows.length}`)).toEqual([
      'Program functions: 8',
      'Config files: 10',
      'Apps: 2',
      'Groups: 3',
    ]);
    expect(report.sections[0].rows[0]).toEqual({
      cells: {
        item: 'access-management',
        what: 'Decides who gets which groups, apps and AWS access; runs the quarterly access review',
        owner: 'IT (it)',
        side: 'IT (service)',
        contact: 'it@hooli.example, GitHub hooli/it',
      },
      attention: false,
    });
    expect(report.sections[1].rows.map((r) => `${r.cells.item} → ${r.cells.owner}`)).toContain(
      'config/security/guardrails.yaml → Security (security)',
    );
    expect(report.summary).toEqual([
      'IT (it side) is accountable for access-management, offboarding, onboarding, vendor-management, and owns 1 app and 2 groups',
      'Security (security side) is accountable for change-management, incident-management, monitoring, risk-management, and owns 1 app and 1 group',
      'Every function has an accountable team',
    ]);
  });

  test('a function nobody owns is flagged', () => {
    const model = checkCase().model!;
    const { monitoring: _, ...functions } = model.functions;
    const report = ownershipReport({ ...model, functions });
    const row = report.sections[0].rows.find((r) => r.cells.item === 'monitoring');
    expect(row).toEqual({
      cells: {
        item: 'monitoring',
        what: 'Logging, threat detection and the alerts that page',
        owner: 'unassigned',
        side: null,
        contact: null,
      },
      attention: true,
    });
    expect(report.summary.at(-1)).toBe('1 function has no accountable team (highlighted)');
  });
});
