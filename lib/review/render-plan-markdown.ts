// A plan as a pull-request comment: headline counts first, then collapsible sections, and a
// Mermaid diagram of who gains and loses what. The first line is a marker so the workflow
// can update its own comment instead of adding a new one.
import type { AccessChange } from './access-diff';
import type { AwsStackDiff } from './aws-diff';
import { headline, verdict } from './plan-headline';
import type { PlanReport } from './plan-report';

export const COMMENT_MARKER = '<!-- org-blueprint-plan -->';
const MAX_DIAGRAM_PEOPLE = 25;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const details = (summary: string, body: string[]) => [
  '<details>',
  `<summary>${summary}</summary>`,
  '',
  ...body,
  '',
  '</details>',
  '',
];

function change(sign: '+' | '−', c: AccessChange): string {
  const flags = [c.privileged && '🔐 privileged', c.until && `⏳ until ${c.until}`].filter(Boolean).join(' ');
  return `${sign} ${c.kind} ${code(c.target)} — ${cell(c.reason)}${flags ? ` ${flags}` : ''}`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const [head, ...body] = rows;
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Mermaid node ids: letters, digits and underscores only. */
const nodeId = (prefix: string, s: string) => `${prefix}_${s.replace(/[^A-Za-z0-9]/g, '_')}`;
const label = (s: string) => s.replace(/"/g, '#quot;');

export function accessDiagram(plan: PlanReport): string[] {
  const people = plan.access.people
    .filter((p) => p.gains.length || p.loses.length)
    .slice(0, MAX_DIAGRAM_PEOPLE);
  if (people.length === 0) return [];
  const lines = ['```mermaid', 'flowchart LR'];
  const targets = new Map<string, string>();
  for (const p of people) {
    lines.push(`  ${nodeId('p', p.person)}["${label(p.name)}${p.contractor ? ' (contractor)' : ''}"]`);
    for (const [c, gained] of [
      ...p.gains.map((c) => [c, true] as const),
      ...p.loses.map((c) => [c, false] as const),
    ]) {
      const id = nodeId(c.kind, c.target);
      if (!targets.has(id))
        targets.set(id, `  ${id}["${label(`${c.kind}: ${c.target}`)}${c.privileged ? ' 🔐' : ''}"]`);
      lines.push(
        gained
          ? `  ${nodeId('p', p.person)} -->|gains| ${id}`
          : `  ${nodeId('p', p.person)} -.->|loses| ${id}`,
      );
    }
  }
  lines.splice(2, 0, ...[...targets.values()].sort());
  lines.push('```');
  const more = plan.access.people.length - people.length;
  return more > 0 ? [...lines, `_…and ${more} more people in the table above._`] : lines;
}

function awsSection(stacks: readonly AwsStackDiff[]): string[] {
  if (stacks.length === 0) return ['No AWS changes.'];
  const out: string[] = [];
  for (const s of stacks) {
    out.push(`#### ${code(s.stack)}${s.permissionsBroadened ? ' — ⚠ permissions broadened' : ''}`, '');
    out.push(
      ...table([
        ['', 'Logical id', 'Type', 'Changed properties'],
        ...s.resources.map((r) => [r.impact, r.logicalId, r.type, r.properties.join(', ')]),
      ]),
      '',
    );
    for (const [title, rows] of [
      ['IAM statements', s.tables.iamStatements],
      ['Managed policies', s.tables.managedPolicies],
      ['Identity Center permission sets', s.tables.ssoPermissionSets],
      ['Identity Center assignments', s.tables.ssoAssignments],
      ['Security groups', s.tables.securityGroups],
    ] as const) {
      if (rows.length) out.push(`**${title}**`, '', ...table(rows), '');
    }
  }
  return out;
}

export function renderPlanMarkdown(plan: PlanReport): string {
  const blocked = plan.blockers.length > 0;
  const out: string[] = [
    COMMENT_MARKER,
    `## ${blocked ? '⛔' : '✅'} org-blueprint plan — ${plan.org}`,
    '',
    `Base ${code(plan.base.ref)} (${code(plan.base.commit.slice(0, 7))}) · day ${plan.today} · ${plan.mode === 'full' ? 'full plan' : 'access only'}`,
    '',
    '| | |',
    '|---|---|',
    ...headline(plan).map((r) => `| ${r.label} | ${cell(r.value)} |`),
    '',
    `**${verdict(plan)}**`,
    ...plan.blockers.map((b) => `- ${cell(b)}`),
    '',
  ];
  if (!plan.base.valid) out.push('> ⚠ The base config does not validate; everything is shown as new.', '');
  for (const note of plan.notes ?? []) out.push(`> ℹ ${note}`, '');
  if (plan.blastRadius.acknowledged)
    out.push(`> Blast radius acknowledged in this PR: ${cell(plan.blastRadius.acknowledged)}`, '');

  out.push(`### Access changes (${plan.access.people.length})`, '');
  if (plan.access.people.length === 0) out.push('Nobody gains or loses access.', '');
  else {
    out.push('| Person | Gains | Loses |', '|---|---|---|');
    for (const p of plan.access.people) {
      const tags = [
        p.change === 'added' && '🆕 new',
        p.change === 'removed' && 'removed',
        p.contractor && 'contractor',
        p.status && `${p.status.from ?? '—'} → ${p.status.to ?? 'removed'}`,
      ].filter(Boolean);
      out.push(
        `| **${cell(p.name)}** (${code(p.person)})${tags.length ? `<br>${tags.join(', ')}` : ''} | ${p.gains.map((c) => change('+', c)).join('<br>')} | ${p.loses.map((c) => change('−', c)).join('<br>')} |`,
      );
    }
    out.push('');
    const diagram = accessDiagram(plan);
    if (diagram.length) out.push(...details('Diagram: who gains and loses what', diagram));
  }
  if (plan.access.expiringSoon.length) {
    out.push(
      ...details(
        `⏳ Expiring within 7 days (${plan.access.expiringSoon.length})`,
        plan.access.expiringSoon.map((e) => `- ${code(e.person)} in ${code(e.group)} until ${e.until}`),
      ),
    );
  }
  if (plan.aws)
    out.push(
      ...details(
        `AWS changes (${plan.aws.length} ${plan.aws.length === 1 ? 'stack' : 'stacks'})`,
        awsSection(plan.aws),
      ),
    );
  if (plan.okta) {
    const rows = plan.okta.flatMap((s) =>
      s.changes.map((c) => [
        s.stack,
        c.change,
        c.type,
        c.name,
        c.inputs.join(', '),
        c.deprovisions ? `⚠ ${c.deprovisions}` : '',
      ]),
    );
    out.push(
      ...details(
        `Okta changes (${rows.length})`,
        rows.length
          ? table([['Stack', 'Change', 'Type', 'Name', 'Inputs', 'Note'], ...rows])
          : ['No Okta changes.'],
      ),
    );
  }
  if (plan.diagnostics.length) {
    out.push(
      ...details(
        `Guardrail findings and validation (${plan.diagnostics.length})`,
        plan.diagnostics.map(
          (d) =>
            `- ${d.severity === 'error' ? '❌' : '⚠️'} ${code(`${d.file}:${d.line}:${d.col}`)} ${cell(d.message)} — fix: ${cell(d.hint)}`,
        ),
      ),
    );
  }
  if (plan.items.length) {
    out.push(
      ...details(
        `Config items changed (${plan.items.length})`,
        table([
          ['Change', 'Kind', 'Id', 'Side', 'Owner'],
          ...plan.items.map((i) => [
            i.change,
            i.kind,
            i.id,
            i.side + (i.privileged ? ' 🔐' : ''),
            i.owner ?? '',
          ]),
        ]),
      ),
    );
  }
  out.push('### Approvals required', '');
  if (plan.approvals.length === 0) out.push('None.');
  for (const a of plan.approvals) out.push(`- **@${a.github}** — ${a.reasons.map(cell).join('; ')}`);
  out.push('');
  return out.join('\n');
}
