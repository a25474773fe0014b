// SigmaHQ's Okta rules (vendored in test/aws/fixtures/sigma-okta) against the alert rules
// the blueprint deploys: each Sigma rule's selections become sample System Log events, and
// the synthesized EventBridge patterns of the alert rules citing it must match every event
// it selects and none it does not. Prints the coverage table the README shows:
//   npx jest test/aws/sigma-okta-coverage.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { OktaEventAlerts } from '../../lib/aws/okta-event-alerts';
import { orgSlug } from '../../lib/aws/org-naming';
import type { OrgModel } from '../../lib/model/org-model';
import { matchesPattern } from './support/event-pattern';
import { coverageFigure, coverageTable, type DeployedAlert, sigmaCoverage } from './support/sigma-coverage';
import { type SigmaRule, sigmaRules } from './support/sigma-samples';
import { exampleModel } from './support/synth-app';

let model: OrgModel;
let alerts: DeployedAlert[];
let rules: SigmaRule[];

beforeAll(() => {
  model = exampleModel();
  const stack = new Stack(new App(), 'Test', { env: { account: '333333333333', region: 'eu-west-1' } });
  new OktaEventAlerts(stack, 'Okta', { model, topic: new sns.Topic(stack, 'Topic') });
  const deployed = Object.values(Template.fromStack(stack).findResources('AWS::Events::Rule'));
  const prefix = `${orgSlug(model)}-security-okta-`;
  alerts = model.monitoring.alerts.oktaRules.map((r) => {
    const found = deployed.find((d) => d.Properties.Name === `${prefix}${r.id}`);
    if (!found) throw new Error(`no EventBridge rule for ${r.id}`);
    return { id: r.id, sigma: r.implements.sigma, pattern: found.Properties.EventPattern };
  });
  rules = sigmaRules();
});

describe('SigmaHQ Okta rules alerted', () => {
  test('the vendored rule set: 21 rules, 17 of them select by event type', () => {
    expect(rules).toHaveLength(21);
    expect(rules.filter((r) => JSON.stringify(r.detection).includes('"eventType"'))).toHaveLength(17);
  });

  test('every Sigma citation in monitoring.yaml names a vendored rule by its id, title and author', () => {
    for (const r of model.monitoring.alerts.oktaRules.filter((x) => x.implements.sigma)) {
      const sigma = rules.find((s) => s.id === r.implements.sigma);
      expect({ rule: r.id, title: sigma?.title, author: sigma?.author }).toEqual({
        rule: r.id,
        title: r.implements.title,
        author: r.implements.author,
      });
    }
  });

  test('each Sigma rule: the alerts citing it match what it selects and nothing it does not', () => {
    const coverage = sigmaCoverage(rules, alerts);
    const table = coverageTable(coverage);
    console.log(`SigmaHQ Okta rules alerted (rules/identity/okta):\n\n${table}`);
    expect(coverageFigure(coverage)).toBe(
      '17 of 17 that select by event type, 4 of 4 others: 21 of 21 SigmaHQ Okta rules alerted',
    );
    expect(coverage.filter((c) => !c.alerted).map((c) => c.rule.file)).toEqual([]);
  });

  test("the README's Detection section shows this table", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const shown = /<!-- sigma-coverage -->\n([\s\S]*?)\n<!-- \/sigma-coverage -->/.exec(readme)?.[1];
    expect(shown).toBe(coverageTable(sigmaCoverage(rules, alerts)));
  });

  test('ordinary Okta activity pages nobody', () => {
    const ordinary = [
      { eventType: 'user.session.start', outcome: { result: 'SUCCESS' }, securityContext: { isProxy: false } },
      { eventType: 'user.authentication.sso', target: [{ type: 'AppInstance', displayName: 'Slack' }] },
      {
        eventType: 'policy.evaluate_sign_on',
        target: [{ displayName: 'Okta Admin Console' }],
        debugContext: { debugData: { behaviors: '{New Geo-Location=NEGATIVE, New Device=NEGATIVE}' } },
      },
      { eventType: 'user.authentication.auth_via_mfa', outcome: { result: 'SUCCESS' } },
      { eventType: 'app.oauth2.as.token.grant', legacyEventType: 'app.oauth2.as.token.grant' },
      {
        eventType: 'user.session.start',
        legacyEventType: 'core.user_auth.login_failed',
        actor: { alternateId: 'jane.doe@example.com' },
      },
    ];
    const paged = ordinary.flatMap((detail) =>
      alerts
        .filter((a) => matchesPattern(a.pattern, { source: 'aws.partner/okta.com/acme/s', detail }))
        .map((a) => `${detail.eventType} → ${a.id}`),
    );
    expect(paged).toEqual([]);
  });
});
