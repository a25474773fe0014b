// The example org's mixed pull request (two joiners, one privileged grant, one app), planned
// with both engines' real output: the comment a reviewer reads is short, starts with the
// privileged gain and the approvals, and has no noise. The two syntheses are shared with
// the cases that change the synthesized templates directly (code changes).

import type { EngineOutputs, PlanReport } from '../../lib/review/plan-report';
import { renderPlanMarkdown } from '../../lib/review/render-plan-markdown';
import { enginesFor } from '../../stacks/review-engines';
import { applyEdits, checkFiles, exampleFiles, exampleOrg, planEdits } from '../support/config-edits';
import { MIXED_PR } from '../support/mixed-pr';

let engines: { base: EngineOutputs; head: EngineOutputs };
let report: PlanReport;
let md: string;

beforeAll(() => {
  const synth = enginesFor(false);
  engines = {
    base: synth(exampleOrg().model!),
    head: synth(checkFiles(applyEdits(exampleFiles(), MIXED_PR)).model!),
  };
  report = planEdits(MIXED_PR, { engines }).report;
  md = renderPlanMarkdown(report);
}, 60_000);

/** Lines that tell a reviewer nothing. */
function noise(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter(
    (line, i) =>
      (line === '' && lines[i - 1] === '') ||
      /\b0 (people|person|resources?|added|changed|removed|errors?|warnings?|(privileged )?gains?|(privileged )?loss(es)?)\b/.test(
        line,
      ) ||
      /^(None\.|No .*\.|Nobody .*\.)$/.test(line) ||
      /NOTE:|[┌└├│─]/.test(line) ||
      /^\|(\s*\|)+\s*$/.test(line) ||
      /\$\{[^}]*\}|Fn::|"Ref"/.test(line) ||
      /\b\d{12}\b/.test(line),
  );
}

describe('the mixed pull request comment', () => {
  // 70, not 60: Mei Chen's standing membership in aws-admins now has its own resource in
  // Security's access stack (its Delete ends her sessions when she leaves the config), a table of its own.
  test('is under 70 lines, with no noise lines', () => {
    expect(md.trimEnd().split('\n').length).toBeLessThan(70);
    expect(noise(md)).toEqual([]);
  });

  test('names the approvals and the privileged gain first', () => {
    const lines = md.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '<!-- org-blueprint-plan -->',
      '## ✅ Acme plan — needs @acme/security, @acme/it',
      '',
      '🔐 **Privileged:** Mei Chen (mei-chen) gains group aws-admins until 2026-12-20; administrator in audit, dev, log-archive, management, prod, staging',
    ]);
    expect(lines[5]).toBe('**Approvals required**');
    expect(lines[6]).toMatch(/^- \*\*@acme\/security\*\* — .*privileged access changes for 1 person/);
  });

  test('privileged rows come first, and the diagram draws the privileged person', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Who'));
    expect(rows[0]).toMatch(/^\| 🔐 \*\*Mei Chen\*\*/);
    expect(md).toContain('  p_mei_chen -->|gains| group_aws_admins');
    // The app's five new users are one row, not five.
    expect(md).toContain(
      '| **5 people**: Daniel Kim (contractor), Emma Dubois, Felix Wagner, Grace Adeyemi, Sofia Rossi | + app `miro` — via group product |  |',
    );
  });

  test('a warning the base already had is not reported as new', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.preexistingWarnings.map((d) => d.code)).toEqual(['expired-membership']);
    expect(md).toContain(' · 1 warning already on the base · ');
    expect(md).not.toContain('Guardrail findings');
  });

  test('routes the privileged grant to Security and the rest (Lambda code included) to IT', () => {
    expect(report.approvals.map((a) => a.team)).toEqual(['it', 'security']);
    const it = report.approvals.find((a) => a.team === 'it')!.reasons;
    expect(it).toContain('Okta: 4 changes in okta-it');
    expect(it.find((r) => r.startsWith('AWS: '))).toMatch(/^AWS: \d+ resources? changed in acme-it \(/);
  });
});

describe('code changes on the synthesized templates', () => {
  const clone = (e: EngineOutputs): EngineOutputs => JSON.parse(JSON.stringify(e));

  test('a role with AdministratorAccess added to IT’s stack needs Security', () => {
    const head = clone(engines.base);
    head.cdk['acme-it'].Resources.ItOpsRole = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::666666666666:root' },
              Action: 'sts:AssumeRole',
            },
          ],
        },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      },
    };
    const r = planEdits([], {
      engines: { base: engines.base, head },
      changedFiles: ['stacks/it-stack.ts'],
    }).report;
    expect(r.approvals.find((a) => a.team === 'security')!.reasons).toContain(
      'AWS: AWS::IAM::Role ItOpsRole created in acme-it (IAM: admin-like managed policy AdministratorAccess)',
    );
    // The trust table names the account, not its id.
    expect(r.aws![0].tables.iamStatements.flat().join(' ')).toContain('arn:aws:iam::prod:root');
  });

  test('an assignment into the management account shows names, not ids or tokens', () => {
    const head = clone(engines.base);
    const resources = head.cdk['acme-it'].Resources;
    const [id, assignment] = Object.entries<{ Type: string; Properties: Record<string, unknown> }>(
      resources,
    ).find(([, r]) => r.Type === 'AWS::SSO::Assignment')!;
    resources[`${id}Mgmt`] = {
      ...assignment,
      Properties: { ...assignment.Properties, TargetId: '111111111111' },
    };
    const r = planEdits([], { engines: { base: engines.base, head }, changedFiles: [] }).report;
    expect(r.approvals.map((a) => a.team)).toEqual(['security']);
    const rows = r.aws![0].tables.ssoAssignments.flat().join(' ');
    expect(rows).toContain('management');
    expect(rows).not.toMatch(/\d{12}|\$\{/);
  });
});
