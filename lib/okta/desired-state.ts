// The whole desired Okta state: every stack's specs, and their canonical JSON (stable key
// order, sorted, trailing newline) as written to plan/okta-<stack>.json.
import type { OrgModel, Side } from '../model/org-model';
import { type ItDesiredStateOptions, itStackSpecs } from './it-desired-state';
import { securityStackSpec } from './security-desired-state';
import type { StackSpec } from './spec';

export function oktaDesiredState(model: OrgModel, options: ItDesiredStateOptions = {}): StackSpec[] {
  return [...itStackSpecs(model, options), securityStackSpec(model)];
}

/**
 * The Okta (Pulumi) stacks of one side, in deploy order: `it`, then its `it-people-<n>` shards
 * (orgs above 1,500 people); or `security`. `blueprint okta-stacks` prints them for the
 * workflows, which preview, deploy and check drift on exactly these.
 */
export function oktaStackNames(model: OrgModel, side: Side): string[] {
  return oktaDesiredState(model)
    .filter((s) => s.side === side)
    .map((s) => s.stack);
}

/** Keys sorted at every level, so the bytes depend on content only. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function stackSpecJson(spec: StackSpec): string {
  return `${JSON.stringify(canonical(spec), null, 2)}\n`;
}
