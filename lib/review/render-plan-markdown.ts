// A plan as a pull-request comment a reviewer reads in one look: who gains privileged access
// and which approvals are needed come first, then the facts that are not zero, the access
// changes folded (privileged rows first), and collapsed details (a diagram of the
// privileged changes, AWS, Okta, findings). The first line is a marker so the workflow
// can update its own comment instead of adding a new one.
import { type AccessLine, type AccessRow, accessRows, kindLabel } from './access-rows';
import type { AwsStackDiff } from './aws-diff';
import { planFacts, privilegedSummary, verdict } from './plan-headline';
import type { PlanReport } from './plan-report';
import { shortLogicalId } from './readable-cfn';

export const COMMENT_MARKER = '<!-- org-blueprint-plan -->';
const MAX_ROW_NAMES = 6;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
/** A collapsed section: one line to open, the body, one line to close. */
const details = (summary: string, body: string[]) => [
  `<details><summary>${summary}</summary>`,
  '',
  ...body,
  '',
  '</details>',
  '',
];

function table(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const [head, ...body] = rows;
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function accessLine(l: AccessLine): string {
  const flags = [l.privileged && '🔐', l.expires ? `⏳ ${l.expires}` : l.until && `⏳ until ${l.until}`]
    .filter(Boolean)
    .join(' ');
  return `${l.sign} ${kindLabel(l)} ${l.targets.map(code).join(', ')} — ${cell(l.reason)}${flags ? ` ${flags}` : ''}`;
}

function who(row: AccessRow): string {
  if (row.people.length === 1) {
    const p = row.people[0];
    const tags = [
      p.change === 'added' && '🆕 new',
      p.change === 'removed' && 'removed',
      p.contractor && 'contractor',
      p.status && p.change === 'changed' && `${p.status.from ?? '—'} → ${p.status.to ?? 'removed'}`,
    ].filter(Boolean);
    return `${row.privileged ? '🔐 ' : ''}**${cell(p.name)}** (${code(p.person)})${tags.length ? `<br>${tags.join(', ')}` : ''}`;
  }
  const names = row.people.map((p) => `${cell(p.name)}${p.contractor ? ' (contractor)' : ''}`);
  const more = names.length - MAX_ROW_NAMES;
  return `**${row.people.length} people**: ${names.slice(0, MAX_ROW_NAMES).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Mermaid node ids: letters, digits and underscores only. */
const nodeId = (prefix: string, s: string) => `${prefix}_${s.replace(/[^A-Za-z0-9]/g, '_')}`;
const label = (s: string) => s.replace(/"/g, '#quot;');

/** Who gains and loses privileged access, drawn: every privileged person, never cut off. */
export function accessDiagram(plan: PlanReport): string[] {
  const rows = accessRows(plan.access.people).filter((r) => r.privileged);
  if (rows.length === 0) return [];
  const lines = ['```mermaid', 'flowchart LR'];
  const targets = new Map<string, string>();
  for (const row of rows) {
    const p = row.people[0];
    const from = nodeId('p', p.person);
    lines.push(`  ${from}["${label(p.name)}${p.contractor ? ' (contractor)' : ''}"]`);
    for (const l of row.lines.filter((x) => x.privileged)) {
      const target = l.targets.join(', ');
      const id = nodeId(l.kind, target);
      if (!targets.has(id)) targets.set(id, `  ${id}["${label(`${kindLabel(l)}: ${target}`)} 🔐"]`);
      lines.push(l.sign === '+' ? `  ${from} -->|gains| ${id}` : `  ${from} -.->|loses| ${id}`);
    }
  }
  lines.splice(2, 0, ...[...targets.values()].sort());
  lines.push('```');
  return lines;
}

function awsSection(stacks: readonly AwsStackDiff[]): string[] {
  const out: string[] = [];
  for (const s of stacks) {
    if (stacks.length > 1 || s.permissionsBroadened)
      out.push(`**${code(s.stack)}**${s.permissionsBroadened ? ' — ⚠ permissions broadened' : ''}`, '');
    out.push(
      ...table([
        ['', 'Resource', 'Type', 'Changed'],
        ...s.resources.map((r) => [r.impact, shortLogicalId(r.logicalId), r.type, r.properties.join(', ')]),
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
  return out.slice(0, -1);
}

const shortType = (type: string) => type.slice(type.lastIndexOf(':') + 1);

export function renderPlanMarkdown(plan: PlanReport): string {
  const blocked = plan.blockers.length > 0;
  // Security's approval first: it is the one that can block a merge the longest.
  const ordered = [...plan.approvals].sort(
    (a, b) => Number(b.team === 'security') - Number(a.team === 'security'),
  );
  const approvers = ordered.map((a) => `@${a.github}`);
  const out: string[] = [
    COMMENT_MARKER,
    `## ${blocked ? '⛔' : '✅'} ${plan.org} plan${approvers.length ? ` — needs ${approvers.join(', ')}` : ''}`,
    '',
  ];
  const privileged = privilegedSummary(plan);
  if (privileged.length) out.push(...privileged.map((s) => `🔐 **Privileged:** ${cell(s)}`), '');
  if (ordered.length)
    out.push(
      '**Approvals required**',
      ...ordered.map((a) => `- **@${a.github}** — ${a.reasons.map(cell).join('; ')}`),
      '',
    );
  out.push(
    [
      `**${verdict(plan)}**`,
      ...planFacts(plan),
      `base ${code(plan.base.ref)} (${code(plan.base.commit.slice(0, 7))})`,
      `day ${plan.today}`,
      plan.mode === 'full' ? 'full plan' : 'access only',
    ].join(' · '),
    ...plan.blockers.map((b) => `- ${cell(b)}`),
    '',
  );
  if (!plan.base.valid) out.push('> ⚠ The base config does not validate; everything is shown as new.', '');
  for (const note of plan.notes ?? []) out.push(`> ℹ ${note}`, '');
  if (plan.blastRadius.acknowledged)
    out.push(`> Blast radius acknowledged in this PR: ${cell(plan.blastRadius.acknowledged)}`, '');

  if (plan.access.people.length) {
    out.push(`### Access changes (${plan.access.people.length})`, '');
    out.push(
      ...table([['Who', 'Gains', 'Loses']]).slice(0, 2),
      ...accessRows(plan.access.people).map((row) => {
        const gains = row.lines.filter((l) => l.sign === '+').map(accessLine);
        const loses = row.lines.filter((l) => l.sign === '−').map(accessLine);
        return `| ${who(row)} | ${gains.join('<br>')} | ${loses.join('<br>')} |`;
      }),
      '',
    );
    const diagram = accessDiagram(plan);
    if (diagram.length) out.push(...details('Diagram: privileged access', diagram));
  }
  if (plan.access.expiringSoon.length)
    out.push(
      ...details(
        `⏳ Expiring within 7 days (${plan.access.expiringSoon.length})`,
        plan.access.expiringSoon.map(
          (e) => `- ${code(e.person)} in ${code(e.group)} ${e.expires ?? `until ${e.until}`}`,
        ),
      ),
    );
  const awsChanged = (plan.aws ?? []).filter((s) => s.resources.length || s.permissionsBroadened);
  if (awsChanged.length) {
    const resources = awsChanged.reduce((n, s) => n + s.resources.length, 0);
    out.push(
      ...details(
        `AWS: ${resources} ${resources === 1 ? 'resource' : 'resources'} in ${awsChanged.map((s) => code(s.stack)).join(', ')}`,
        awsSection(awsChanged),
      ),
    );
  }
  const okta = (plan.okta ?? []).flatMap((s) => s.changes.map((c) => ({ stack: s.stack, ...c })));
  if (okta.length)
    out.push(
      ...details(
        `Okta: ${okta.length} ${okta.length === 1 ? 'change' : 'changes'}`,
        table([
          ['', 'Resource', 'Type', 'Stack', 'Inputs'],
          ...okta.map((c) => [
            c.change,
            c.name,
            shortType(c.type),
            c.stack,
            [c.inputs.join(', '), c.deprovisions && `⚠ ${c.deprovisions}`].filter(Boolean).join(' — '),
          ]),
        ]),
      ),
    );
  if (plan.diagnostics.length)
    out.push(
      ...details(
        `Guardrail findings and validation (${plan.diagnostics.length})`,
        plan.diagnostics.map(
          (d) =>
            `- ${d.severity === 'error' ? '❌' : '⚠️'} ${code(`${d.file}:${d.line}:${d.col}`)} ${cell(d.message)} — fix: ${cell(d.hint)}`,
        ),
      ),
    );
  if (plan.items.length)
    out.push(
      `Config items: ${plan.items
        .map(
          (i) =>
            `${i.change === 'added' ? '+' : i.change === 'removed' ? '−' : '~'} ${i.kind} ${code(i.id)}${i.privileged ? ' 🔐' : ''}`,
        )
        .join(', ')}`,
      '',
    );
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
