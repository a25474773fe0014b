// Which SigmaHQ Okta rules the deployed alert rules implement: for each Sigma rule, the
// alert rules citing it and whether their synthesized EventBridge patterns match every
// event the Sigma rule selects and none it does not. Rendered as the README's table.
import { matchesPattern } from './event-pattern';
import { type SigmaRule, selectsByEventType, sigmaSamples } from './sigma-samples';

export interface DeployedAlert {
  readonly id: string;
  readonly sigma?: string;
  // biome-ignore lint/suspicious/noExplicitAny: the pattern as deployed (CloudFormation JSON)
  readonly pattern: Record<string, any>;
}

export interface SigmaCoverage {
  readonly rule: SigmaRule;
  readonly byEventType: boolean;
  readonly alerts: readonly string[];
  /** Selected samples no citing alert matches. */
  readonly missed: number;
  /** Not-selected samples a citing alert matches. */
  readonly overMatched: number;
  readonly alerted: boolean;
}

export function sigmaCoverage(
  rules: readonly SigmaRule[],
  alerts: readonly DeployedAlert[],
): SigmaCoverage[] {
  return rules.map((rule) => {
    const citing = alerts.filter((a) => a.sigma === rule.id);
    const { selected, notSelected } = sigmaSamples(rule);
    const matched = (e: unknown) => citing.some((a) => matchesPattern(a.pattern, e));
    const missed = selected.filter((e) => !matched(e)).length;
    const overMatched = notSelected.filter(matched).length;
    return {
      rule,
      byEventType: selectsByEventType(rule),
      alerts: citing.map((a) => a.id),
      missed,
      overMatched,
      alerted: citing.length > 0 && missed === 0 && overMatched === 0,
    };
  });
}

/** `17 of 17 that select by event type, 4 of 4 others: 21 of 21 SigmaHQ Okta rules alerted`. */
export function coverageFigure(coverage: readonly SigmaCoverage[]): string {
  const count = (list: readonly SigmaCoverage[]) =>
    `${list.filter((c) => c.alerted).length} of ${list.length}`;
  const byType = coverage.filter((c) => c.byEventType);
  const others = coverage.filter((c) => !c.byEventType);
  return `${count(byType)} that select by event type, ${count(others)} others: ${count(coverage)} SigmaHQ Okta rules alerted`;
}

export function coverageTable(coverage: readonly SigmaCoverage[]): string {
  const rows = [...coverage]
    .sort((a, b) => Number(b.byEventType) - Number(a.byEventType) || a.rule.title.localeCompare(b.rule.title))
    .map((c) => {
      const status = c.alerted
        ? 'alerted'
        : c.alerts.length === 0
          ? 'not alerted: no alert rule cites it'
          : `not alerted: ${c.missed} selected events missed, ${c.overMatched} others matched`;
      return `| ${c.rule.title} | \`${c.rule.id.slice(0, 8)}\` | ${c.rule.level} | ${c.byEventType ? 'yes' : 'no'} | ${c.alerts.map((a) => `\`${a}\``).join(', ') || '—'} | ${status} |`;
    });
  return [
    '| Sigma rule | id | level | by event type | alert rule (monitoring.yaml) | status |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    coverageFigure(coverage),
  ].join('\n');
}
