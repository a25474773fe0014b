// Okta alert rules in monitoring.yaml: any System Log field, EventBridge's operators, event
// types with digits; every mistake positioned, with the path, the bad value and the fix.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDiagnostic } from '../../../lib/cli/render-diagnostics';
import { diskReader, loadConfig } from '../../../lib/model/load-config';
import { configCase } from '../../support/config-case';

const HEAD = [
  'auditAccount: audit',
  'guardDuty: { enabled: true }',
  'securityHub: { enabled: true, standards: [cis-aws-foundations] }',
  'awsConfig: { enabled: true }',
  'accessAnalyzer: { enabled: true }',
  'alerts:',
  '  channels: [security-email]',
];

/** Loads the base fixture with these lines after `alerts:` in monitoring.yaml; the text diagnostics. */
function errors(lines: string[]): string[] {
  const cwd = configCase();
  writeFileSync(join(cwd, 'config', 'security', 'monitoring.yaml'), [...HEAD, ...lines, ''].join('\n'));
  const loaded = loadConfig('config', diskReader(join(cwd, 'config')));
  return loaded.diagnostics.flatMap((d) => textDiagnostic(d).trimEnd().split('\n'));
}

const sigma = [
  '      implements:',
  '        sigma: bde30855-5c53-4c18-ae90-1ff79ebc9578',
  '        title: Okta User Session Start Via An Anonymising Proxy Service',
  '        author: kelnage',
];

describe('monitoring.yaml alerts.oktaRules', () => {
  test('accepts any System Log field, the EventBridge operators and event types with digits', () => {
    expect(
      errors([
        '  oktaSilence: PT2H',
        '  oktaRules:',
        '    - id: consent',
        '      title: OAuth consent granted through a proxy',
        ...sigma,
        '      match:',
        '        eventType: [app.oauth2.as.consent.grant, user.session.start]',
        '        outcome.result: SUCCESS',
        '        securityContext.isProxy: true',
        '        target.type: { prefix: App }',
        '        target.alternateId: { suffix: ".example.com" }',
        '        actor.type: { anything-but: [SystemPrincipal] }',
        '        actor.alternateId: { anything-but: { wildcard: ["0oa*", "*@*.*"] } }',
        '        client.zone: { exists: false }',
        '        debugContext.debugData.requestUri: { wildcard: "*admin*" }',
        '      anyOf:',
        '        - debugContext.debugData.behaviors: { wildcard: "*POSITIVE*" }',
        '        - securityContext.asNumber: [13335]',
      ]),
    ).toEqual([]);
  });

  test('an unknown field, a value the field never takes and a bad operator are each named with the fix', () => {
    expect(
      errors([
        '  oktaRules:',
        '    - id: proxy',
        '      title: Session via proxy',
        ...sigma,
        '      match:',
        '        eventType: User.Session.Start',
        '        securityContext.isProxi: true',
        '        outcome.result: FAILED',
        '        securityContext.isProxy: "true"',
        '        target.type: { prefx: App }',
        '        debugContext.debugData.risk: { wildcard: "**HIGH" }',
        '        client.zone: { exists: yes }',
        '        actor.type: { anything-but: { contains: x } }',
      ]),
    ).toEqual([
      'config/security/monitoring.yaml:16:20: error: alerts.oktaRules[0].match.eventType: invalid value for "eventType" (got "User.Session.Start")',
      '    fix: eventType takes an Okta event type, e.g. "app.oauth2.as.consent.grant"',
      'config/security/monitoring.yaml:17:9: error: alerts.oktaRules[0].match.securityContext.isProxi: "securityContext.isProxi" is not a System Log field (got "securityContext.isProxi")',
      '    fix: did you mean "securityContext.isProxy"? write a field of the Okta System Log event, e.g. outcome.result, target.type, securityContext.isProxy, or a key under debugContext.debugData.*, actor.detailEntry.*, target.detailEntry.*, transaction.detail.*',
      'config/security/monitoring.yaml:18:25: error: alerts.oktaRules[0].match.outcome.result: invalid value for "outcome.result" (got "FAILED")',
      '    fix: outcome.result takes one of: SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE, UNKNOWN',
      'config/security/monitoring.yaml:19:34: error: alerts.oktaRules[0].match.securityContext.isProxy: invalid value for "securityContext.isProxy" (got "true")',
      '    fix: write true without quotes: securityContext.isProxy is a boolean in the System Log',
      'config/security/monitoring.yaml:20:24: error: alerts.oktaRules[0].match.target.type.prefx: unknown operator "prefx" (got "prefx")',
      '    fix: did you mean "prefix"? operators: prefix, suffix, wildcard, exists, anything-but (or write the value itself to match it exactly)',
      'config/security/monitoring.yaml:21:50: error: alerts.oktaRules[0].match.debugContext.debugData.risk.wildcard: invalid wildcard for "debugContext.debugData.risk" (got "**HIGH")',
      '    fix: write one "*" for any run of characters, not "**"',
      'config/security/monitoring.yaml:22:32: error: alerts.oktaRules[0].match.client.zone.exists: invalid exists for "client.zone" (got "yes")',
      '    fix: write { exists: true } or { exists: false }',
      'config/security/monitoring.yaml:23:37: error: alerts.oktaRules[0].match.actor.type.anything-but: invalid anything-but for "actor.type" (got {"contains":"x"})',
      '    fix: anything-but takes a value, a list of values, or one of { prefix }, { suffix }, { wildcard }',
    ]);
  });

  test('each rule cites one Sigma rule with its author, or Okta guidance; ids are unique', () => {
    expect(
      errors([
        '  oktaRules:',
        '    - id: zone',
        '      title: Zone deleted',
        '      implements: { sigma: 9f308120-69ed-4506-abde-ac6da81f4310, title: Okta Network Zone Deactivated or Deleted }',
        '      match: { eventType: zone.delete }',
        '    - id: zone',
        '      title: Zone deleted',
        '      implements: { title: Somewhere }',
        '      match: {}',
        '      eventFields: [target.id, outcome.reslt]',
      ]),
    ).toEqual([
      'config/security/monitoring.yaml:11:19: error: alerts.oktaRules[0].implements: missing the Sigma rule\'s "author" (got {"sigma":"9f308120-69ed-4506-abde-ac6da81f4310","title":"Okta Network Zone De...)',
      "    fix: copy the rule's author field: the Detection Rule License 1.1 has alerts from its rules name their authors",
      'config/security/monitoring.yaml:16:14: error: alerts.oktaRules[1].match: the rule matches no field (got {})',
      '    fix: add at least "eventType:" so the rule does not page on every Okta event',
      'config/security/monitoring.yaml:15:19: error: alerts.oktaRules[1].implements: a rule implements exactly one Sigma rule or one piece of Okta guidance (got {"title":"Somewhere"})',
      '    fix: write "sigma: <rule id>" (SigmaHQ rules/identity/okta) or "okta: https://..." (the guidance page)',
      'config/security/monitoring.yaml:17:21: error: alerts.oktaRules[1].eventFields[0]: "target.id" cannot be carried (got "target.id")',
      '    fix: name a System Log field outside the target and request.ipChain lists, e.g. uuid, eventType, client.ipAddress',
      'config/security/monitoring.yaml:17:32: error: alerts.oktaRules[1].eventFields[1]: "outcome.reslt" cannot be carried (got "outcome.reslt")',
      '    fix: did you mean "outcome.result"? name a System Log field outside the target and request.ipChain lists, e.g. uuid, eventType, client.ipAddress',
      'config/security/monitoring.yaml:13:11: error: alerts.oktaRules[1].id: duplicate Okta alert rule id "zone" (got "zone")',
      '    fix: give each Okta alert rule its own id',
    ]);
  });

  test('the silence before the heartbeat pages is whole 5 minutes from PT10M to P1D', () => {
    expect(errors(['  oktaSilence: PT7M'])).toEqual([
      'config/security/monitoring.yaml:8:16: error: alerts.oktaSilence: invalid value for "oktaSilence" (got "PT7M")',
      '    fix: a whole number of 5 minutes from PT10M to P1D, e.g. "PT1H"',
    ]);
  });
});
