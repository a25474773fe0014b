// SigmaHQ's Okta rules (transcribed in test/aws/fixtures/sigma-okta/rules.json) against the alert rules
// the blueprint deploys: each Sigma rule's selections become sample System Log events, and
// the synthesized EventBridge patterns of the alert rules citing it must match every event
// it selects and none it does not. The README's table is printed by
//   npx tsx bench/detection-baseline.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployedAlerts } from '../../bench/detection-baseline/deployed-alerts';
import { matchesPattern } from '../../bench/detection-baseline/event-pattern';
import {
  coverageFigure,
  coverageTable,
  type DeployedAlert,
  sigmaCoverage,
} from '../../bench/detection-baseline/sigma-coverage';
import { type SigmaRule, sigmaRules } from '../../bench/detection-baseline/sigma-samples';
import type { OrgModel } from '../../lib/model/org-model';
import { exampleModel } from './support/synth-app';

let model: OrgModel;
let alerts: DeployedAlert[];
let rules: SigmaRule[];

beforeAll(() => {
  model = exampleModel();
  alerts = deployedAlerts(model);
  rules = sigmaRules();
});

describe('SigmaHQ Okta rules alerted', () => {
  test('the transcribed rule set: 21 rules, 17 of them select by event type', () => {
    expect(rules).toHaveLength(21);
    expect(rules.filter((r) => JSON.stringify(r.detection).includes('"eventType"'))).toHaveLength(17);
  });

  test('every Sigma citation in monitoring.yaml names a transcribed rule by its id, title and author', () => {
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
      {
        eventType: 'user.session.start',
        outcome: { result: 'SUCCESS' },
        securityContext: { isProxy: false },
      },
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
