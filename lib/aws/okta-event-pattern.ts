// The EventBridge event pattern of an Okta alert rule: each `match` field becomes the nested
// `detail` key of its dotted System Log path, each value the list of EventBridge matchers
// (a value → equals it; a list → equals one; an operator mapping → that operator), and
// `anyOf` becomes `$or`. Pure, so tests can check patterns against sample events.
import type { OktaAlertRule } from '../model/schema/okta-alert-rule';

/** Every Okta event on the partner bus carries a source under this prefix. */
export const OKTA_SOURCE_PREFIX = 'aws.partner/okta.com';

// biome-ignore lint/suspicious/noExplicitAny: an EventBridge pattern is free-form JSON
type Json = any;

const matchers = (value: unknown): Json[] => (Array.isArray(value) ? [...value] : [value]);

/** The nested `detail` object of one match mapping. */
export function detailPattern(match: Readonly<Record<string, unknown>>): Record<string, Json> {
  const detail: Record<string, Json> = {};
  for (const field of Object.keys(match).sort()) {
    const keys = field.split('.');
    let at = detail;
    for (const key of keys.slice(0, -1)) {
      at[key] ??= {};
      at = at[key];
    }
    at[keys[keys.length - 1]] = matchers(match[field]);
  }
  return detail;
}

/** The event pattern that selects the events `rule` pages on. */
export function oktaAlertPattern(rule: OktaAlertRule): {
  source: Json[];
  detail: Record<string, Json>;
} {
  return {
    source: [{ prefix: OKTA_SOURCE_PREFIX }],
    detail: {
      ...detailPattern(rule.match),
      ...(rule.anyOf ? { $or: rule.anyOf.map(detailPattern) } : {}),
    },
  };
}
