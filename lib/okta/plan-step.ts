// `blueprint plan`'s Okta section: writes each Pulumi stack's desired state to
// plan/okta-<stack>.json (no Pulumi runtime involved) and counts resources per type.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanSection, PlanStep } from '../plan/plan-step';
import { oktaDesiredState, stackSpecJson } from './desired-state';
import type { StackSpec } from './spec';
import { oversizedStacks } from './stack-limits';

const SHARD_FILE = /^okta-it-people-\d+\.json$/;

/** `okta:app/saml:Saml` → `Saml`. */
const shortType = (type: string) => type.slice(type.lastIndexOf(':') + 1);

export function stackLine(spec: StackSpec, width: number): string {
  const counts = new Map<string, number>();
  for (const r of spec.resources) counts.set(shortType(r.type), (counts.get(shortType(r.type)) ?? 0) + 1);
  const breakdown = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  const n = spec.lookups.length;
  const lookups = n > 0 ? `, ${n} lookup${n === 1 ? '' : 's'}` : '';
  return `  ${spec.stack.padEnd(width)} ${spec.resources.length} resources${lookups}: ${breakdown || 'none'}`;
}

export const oktaPlanStep: PlanStep = {
  name: 'okta',
  run(ctx): PlanSection {
    const stacks = oktaDesiredState(ctx.model);
    mkdirSync(ctx.outDir, { recursive: true });
    const files = stacks.map((s) => `okta-${s.stack}.json`);
    // Shards that no longer exist would read as still planned.
    for (const stale of readdirSync(ctx.outDir).filter((f) => SHARD_FILE.test(f) && !files.includes(f)))
      rmSync(join(ctx.outDir, stale));
    for (const [i, s] of stacks.entries()) writeFileSync(join(ctx.outDir, files[i]), stackSpecJson(s));
    const width = Math.max(...stacks.map((s) => s.stack.length));
    return {
      title: 'Okta desired state (Pulumi stacks)',
      lines: [...stacks.map((s) => stackLine(s, width)), ...oversizedStacks(stacks).map((m) => `  ✗ ${m}`)],
      files: files.map((f) => join(ctx.outDisplay, f)),
    };
  },
};
