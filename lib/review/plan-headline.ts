// The headline numbers of a plan, shared by the text and markdown renderers.
import type { PlanReport } from './plan-report';

export interface Headline {
  readonly label: string;
  readonly value: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function headline(plan: PlanReport): Headline[] {
  const t = plan.access.totals;
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = plan.diagnostics.length - errors;
  const rows: Headline[] = [
    { label: 'People gaining access', value: String(t.peopleGaining) },
    { label: 'People losing access', value: String(t.peopleLosing) },
    {
      label: 'Privileged access',
      value: `${plural(t.privilegedGains, 'gain')}, ${plural(t.privilegedLosses, 'loss', 'losses')}`,
    },
    { label: 'Config items changed', value: String(plan.items.length) },
  ];
  if (plan.aws) {
    const resources = plan.aws.reduce((n, s) => n + s.resources.length, 0);
    const broadened = plan.aws.some((s) => s.permissionsBroadened);
    rows.push({
      label: 'AWS changes',
      value: `${plural(resources, 'resource')} in ${plural(plan.aws.length, 'stack')}${broadened ? ' — ⚠ permissions broadened' : ''}`,
    });
  }
  if (plan.okta) {
    const sum = (k: 'added' | 'changed' | 'removed') => plan.okta!.reduce((n, s) => n + s[k], 0);
    const deprovisions = plan.okta.reduce((n, s) => n + s.changes.filter((c) => c.deprovisions).length, 0);
    rows.push({
      label: 'Okta changes',
      value: `${sum('added')} added, ${sum('changed')} changed, ${sum('removed')} removed${deprovisions ? ` — ⚠ ${deprovisions} remove access` : ''}`,
    });
  }
  const b = plan.blastRadius;
  rows.push(
    { label: 'Guardrail findings', value: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` },
    {
      label: 'Blast radius',
      value: `${b.percentLosingAccess}% of people lose access (limit ${b.maxPercent}%), ${plural(b.resourcesDeleted, 'resource')} deleted (limit ${b.maxResourcesDeleted})${b.overLimit ? (b.acknowledged ? ' — over the limit, acknowledged' : ' — ⛔ over the limit') : ''}`,
    },
    { label: 'Approvals required', value: plan.approvals.map((a) => `@${a.github}`).join(', ') || 'none' },
  );
  return rows;
}

export function verdict(plan: PlanReport): string {
  return plan.blockers.length > 0
    ? `Blocked: ${plural(plan.blockers.length, 'problem')} must be fixed before this can merge.`
    : 'Ready to merge once the required owners approve.';
}
