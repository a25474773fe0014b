// A plan for the terminal.
import type { AccessChange } from './access-diff';
import { headline, privilegedSummary, verdict } from './plan-headline';
import type { PlanReport } from './plan-report';

const flags = (c: AccessChange) =>
  [c.privileged && 'PRIVILEGED', c.expires ?? (c.until && `until ${c.until}`)].filter(Boolean).join(', ');
const line = (sign: string, c: AccessChange) => {
  const f = flags(c);
  return `    ${sign} ${c.kind} ${c.target} — ${c.reason}${f ? ` [${f}]` : ''}`;
};

export function renderPlanText(plan: PlanReport): string {
  const out: string[] = [
    `${plan.org}: plan against ${plan.base.ref} (${plan.base.commit.slice(0, 7)}) for ${plan.today}, ${plan.mode}`,
  ];
  for (const line of privilegedSummary(plan)) out.push(`  PRIVILEGED: ${line}`);
  if (plan.approvals.length) out.push(`  needs: ${plan.approvals.map((a) => `@${a.github}`).join(', ')}`);
  if (!plan.base.valid) out.push('  note: the base config does not validate; everything is shown as new');
  for (const note of plan.notes ?? []) out.push(`  note: ${note}`);
  out.push('');
  const rows = headline(plan);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) out.push(`  ${r.label.padEnd(width)}  ${r.value}`);
  out.push(
    '',
    `Access changes (${plan.access.people.length} ${plan.access.people.length === 1 ? 'person' : 'people'})`,
  );
  for (const p of plan.access.people) {
    const tags = [
      p.change !== 'changed' && p.change,
      p.contractor && 'contractor',
      p.status && `status ${p.status.from ?? 'none'} → ${p.status.to ?? 'removed'}`,
    ].filter(Boolean);
    out.push(`  ${p.name} (${p.person})${tags.length ? ` [${tags.join(', ')}]` : ''}`);
    for (const c of p.gains) out.push(line('+', c));
    for (const c of p.loses) out.push(line('-', c));
  }
  if (plan.access.expiringSoon.length) {
    out.push('', 'Expiring within 7 days');
    for (const e of plan.access.expiringSoon)
      out.push(`  ${e.person} in ${e.group} ${e.expires ?? `until ${e.until}`}`);
  }
  if (plan.aws) {
    out.push('', 'AWS changes');
    if (plan.aws.length === 0) out.push('  none');
    for (const s of plan.aws) {
      out.push(`  ${s.stack}${s.permissionsBroadened ? '  ⚠ permissions broadened' : ''}`);
      out.push(...s.text.split('\n').map((l) => `    ${l}`));
    }
  }
  if (plan.okta) {
    out.push('', 'Okta changes');
    if (plan.okta.length === 0) out.push('  none');
    for (const s of plan.okta) {
      out.push(`  ${s.stack}: ${s.added} added, ${s.changed} changed, ${s.removed} removed`);
      for (const c of s.changes) {
        const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~';
        out.push(
          `    ${sign} ${c.type} ${c.name}${c.inputs.length ? ` (${c.inputs.join(', ')})` : ''}${c.deprovisions ? `  ⚠ ${c.deprovisions}` : ''}`,
        );
      }
    }
  }
  if (plan.preexistingWarnings.length)
    out.push('', `${plan.preexistingWarnings.length} warning(s) already on the base, not repeated here`);
  if (plan.diagnostics.length) {
    out.push('', 'Guardrail findings and validation');
    for (const d of plan.diagnostics)
      out.push(`  ${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`, `      fix: ${d.hint}`);
  }
  if (plan.blastRadius.acknowledged)
    out.push('', `Blast radius acknowledged: ${plan.blastRadius.acknowledged}`);
  out.push('', 'Approvals required');
  for (const a of plan.approvals) out.push(`  @${a.github}: ${a.reasons.join('; ')}`);
  if (plan.approvals.length === 0) out.push('  none');
  out.push('', verdict(plan));
  for (const b of plan.blockers) out.push(`  - ${b}`);
  return `${out.join('\n')}\n`;
}
