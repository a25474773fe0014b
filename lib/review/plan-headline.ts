// The headline numbers of a plan, shared by the text and markdown renderers.
import type { AccessChange } from './access-diff';
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

/** One sentence per person whose privileged access changes: what a reviewer must see first. */
export function privilegedSummary(plan: PlanReport): string[] {
  return plan.access.people.flatMap((p) => {
    const describe = (list: readonly AccessChange[]) => {
      const privileged = list.filter((c) => c.privileged);
      const aws = new Map<string, string[]>();
      const others: string[] = [];
      for (const c of privileged) {
        if (c.kind === 'aws') {
          const [account, set] = c.target.split('/');
          aws.set(set, [...(aws.get(set) ?? []), account]);
        } else
          others.push(
            `${c.kind} ${c.target}${c.expires ? `, ${c.expires}` : c.until ? ` until ${c.until}` : ''}`,
          );
      }
      for (const [set, accounts] of aws) others.push(`${set} in ${accounts.join(', ')}`);
      return others.join('; ');
    };
    const gains = describe(p.gains);
    const loses = describe(p.loses);
    if (!gains && !loses) return [];
    const who = `${p.name} (${p.person})${p.contractor ? ', contractor,' : ''}`;
    return [
      [gains && `${who} gains ${gains}`, loses && `${gains ? 'and loses' : `${who} loses`} ${loses}`]
        .filter(Boolean)
        .join(' '),
    ];
  });
}

/** The plan's numbers that are not zero, as short phrases: `8 people gain access`, `AWS: 3 resources in 1 stack`. */
export function planFacts(plan: PlanReport): string[] {
  const t = plan.access.totals;
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = plan.diagnostics.length - errors;
  const facts: (string | false)[] = [
    t.peopleGaining > 0 && `${plural(t.peopleGaining, 'person', 'people')} gain access`,
    t.peopleLosing > 0 && `${plural(t.peopleLosing, 'person', 'people')} lose access`,
    t.privilegedGains + t.privilegedLosses > 0 &&
      `🔐 ${[t.privilegedGains && plural(t.privilegedGains, 'privileged gain'), t.privilegedLosses && plural(t.privilegedLosses, 'privileged loss', 'privileged losses')].filter(Boolean).join(', ')}`,
  ];
  if (plan.aws) {
    const resources = plan.aws.reduce((n, s) => n + s.resources.length, 0);
    const broadened = plan.aws.some((s) => s.permissionsBroadened);
    facts.push(
      resources > 0 &&
        `AWS: ${plural(resources, 'resource')} in ${plural(plan.aws.length, 'stack')}${broadened ? ', ⚠ permissions broadened' : ''}`,
    );
  }
  if (plan.okta) {
    const sum = (k: 'added' | 'changed' | 'removed') => plan.okta!.reduce((n, s) => n + s[k], 0);
    const parts = (['added', 'changed', 'removed'] as const)
      .filter((k) => sum(k) > 0)
      .map((k) => `${sum(k)} ${k}`);
    const deprovisions = plan.okta.reduce((n, s) => n + s.changes.filter((c) => c.deprovisions).length, 0);
    facts.push(
      parts.length > 0 &&
        `Okta: ${parts.join(', ')}${deprovisions ? `, ⚠ ${deprovisions} remove access` : ''}`,
    );
  }
  const known = plan.preexistingWarnings.length;
  facts.push(
    errors > 0 && `❌ ${plural(errors, 'error')}`,
    warnings > 0 && `⚠️ ${plural(warnings, 'new warning')}`,
    known > 0 && `${plural(known, 'warning')} already on the base`,
  );
  const b = plan.blastRadius;
  if (b.overLimit || b.percentLosingAccess > 0 || b.resourcesDeleted > 0)
    facts.push(
      `blast radius ${b.percentLosingAccess}% lose access (limit ${b.maxPercent}%), ${plural(b.resourcesDeleted, 'resource')} deleted (limit ${b.maxResourcesDeleted})${b.overLimit ? (b.acknowledged ? ', acknowledged' : ', ⛔ over the limit') : ''}`,
    );
  return facts.filter((f): f is string => typeof f === 'string');
}
