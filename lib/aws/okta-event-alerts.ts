// Risky Okta activity: associates the Okta log stream's partner event source with an event
// bus and, for each alert rule monitoring.yaml lists (alerts.oktaRules), an EventBridge rule
// that filters System Log events on their content and pages Security. Each page names the
// alert, the Sigma rule or Okta guidance it implements (with the Sigma author, as the
// Detection Rule License asks) and carries the event, or only the fields the rule allows.
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OktaAlertRule } from '../model/schema/okta-alert-rule';
import { oktaAlertPattern } from './okta-event-pattern';

export interface OktaEventAlertsProps {
  /** The Okta log stream's partner event source (`oktaPartnerEventSourceName`); the bus takes its name. */
  readonly eventSourceName: string;
  /** The prefix of the rules' names, `<prefix>-<rule id>` (e.g. "acme-security-okta"). */
  readonly ruleNamePrefix: string;
  /**
   * The alert rules (monitoring.yaml alerts.oktaRules), one EventBridge rule each.
   * @default - none: the bus only
   */
  readonly rules?: readonly OktaAlertRule[];
  /** Where the pages go. */
  readonly topic: sns.ITopic;
}

/** EventBridge rule names are at most 64 characters. */
const MAX_RULE_NAME = 64;

/** Who the page says the rule comes from. */
export function citation(rule: OktaAlertRule): string {
  const c = rule.implements;
  return c.sigma
    ? `Sigma rule ${c.sigma} "${c.title}" by ${c.author} (SigmaHQ, Detection Rule License 1.1)`
    : `Okta guidance "${c.title}" ${c.okta}`;
}

function message(rule: OktaAlertRule, ruleName: string): events.RuleTargetInput {
  const event = rule.eventFields
    ? Object.fromEntries(rule.eventFields.map((f) => [f, events.EventField.fromPath(`$.detail.${f}`)]))
    : events.EventField.fromPath('$.detail');
  return events.RuleTargetInput.fromObject({
    alert: rule.title,
    rule: ruleName,
    implements: citation(rule),
    event,
  });
}

export class OktaEventAlerts extends Construct {
  readonly bus: events.EventBus;
  /** The EventBridge rule of each alert rule, by its id. */
  readonly rules: ReadonlyMap<string, events.Rule>;

  constructor(scope: Construct, id: string, props: OktaEventAlertsProps) {
    super(scope, id);
    // The bus of a partner event source must carry the source's name.
    this.bus = new events.EventBus(this, 'Bus', { eventSourceName: props.eventSourceName });
    const rules = new Map<string, events.Rule>();
    const scopeOfRules = new Construct(this, 'Rules');
    for (const rule of props.rules ?? []) {
      const ruleName = `${props.ruleNamePrefix}-${rule.id}`;
      if (ruleName.length > MAX_RULE_NAME)
        throw new Error(
          `monitoring.yaml alerts.oktaRules: the rule name "${ruleName}" is longer than ${MAX_RULE_NAME} characters; shorten the id "${rule.id}" to at most ${MAX_RULE_NAME - ruleName.length + rule.id.length}`,
        );
      rules.set(
        rule.id,
        new events.Rule(scopeOfRules, rule.id, {
          ruleName,
          description:
            `${rule.title} (${rule.implements.sigma ? `Sigma ${rule.implements.sigma}` : 'Okta guidance'})`.slice(
              0,
              512,
            ),
          eventBus: this.bus,
          eventPattern: oktaAlertPattern(rule),
          targets: [new targets.SnsTopic(props.topic, { message: message(rule, ruleName) })],
        }),
      );
    }
    this.rules = rules;
  }
}
