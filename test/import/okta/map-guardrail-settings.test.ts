// The password, enrollment, Okta-app and network settings of guardrails.yaml read back from
// Okta: the blueprint's own objects adopted with the provider's import ids, and every
// setting Okta holds that differs from guardrails.yaml reported with the value each side has.
import { ImportReport } from '../../../lib/import/import-report';
import type { ImportContext } from '../../../lib/import/okta/import-context';
import { mapSecurity } from '../../../lib/import/okta/map-security';
import type { OktaSnapshot, SnapshotApp, SnapshotPolicy } from '../../../lib/import/okta/okta-snapshot';
import { guardrailsFile } from '../../../lib/model/schema/guardrails';
import { passwordSettings } from '../../../lib/okta/specs/password-policy';
import { passwordJson } from '../support/seed-okta-from-desired-state';

const guardrails = guardrailsFile.parse({
  network: {
    zones: [{ id: 'office', name: 'Office', gateways: ['203.0.113.0/24'], threatInsightExempt: true }],
  },
});
const context: ImportContext = {
  today: '2026-12-01',
  itTeam: 'it',
  guardrails,
  accounts: [],
  privilegedGroupIds: new Set(),
  privilegedGroupNames: new Set(),
};

const stig = passwordJson(passwordSettings(guardrails.passwords) as Record<string, unknown>);

const policy = (
  p: Partial<SnapshotPolicy> & Pick<SnapshotPolicy, 'id' | 'type' | 'name'>,
): SnapshotPolicy => ({
  status: 'ACTIVE',
  system: false,
  rules: [],
  ...p,
});

const ownApp = (id: string, name: string, accessPolicyId: string): SnapshotApp => ({
  id,
  name,
  label: name,
  status: 'ACTIVE',
  signOnMode: 'AUTO_LOGIN',
  settings: {},
  credentials: {},
  features: [],
  accessPolicyId,
  hadClientSecret: false,
  groupIds: [],
  userIds: [],
  pushMappings: [],
});

const snapshot = (over: Partial<OktaSnapshot>): OktaSnapshot => ({
  orgUrl: 'https://acme.okta.com',
  users: [],
  groups: [],
  rules: [],
  apps: [],
  policies: [],
  logStreams: [],
  zones: [],
  behaviors: [],
  userRoles: [],
  ...over,
});

const run = (s: OktaSnapshot) => {
  const report = new ImportReport();
  const { importIds } = mapSecurity(s, context, report);
  // The notification emails singleton is adopted from every snapshot (its own test below).
  const { 'security-notification-emails': notifications, ...ids } = Object.fromEntries([...importIds].sort());
  return {
    ids,
    notifications,
    said: report.notRepresentable.map((n) => `${n.item}: ${n.what}`),
    policies: report.counts().find((c) => c.kind === 'policies'),
  };
};

test("the blueprint's password policy and Okta's default one, as guardrails.yaml says: adopted, nothing to report", () => {
  const result = run(
    snapshot({
      policies: [
        policy({
          id: '00p1',
          type: 'PASSWORD',
          name: 'org-blueprint: passwords',
          priority: 1,
          settings: stig,
          rules: [{ id: '0pr1', name: 'org-blueprint: passwords', status: 'ACTIVE', system: false }],
        }),
        policy({ id: '00p2', type: 'PASSWORD', name: 'Default Policy', system: true, settings: stig }),
      ],
    }),
  );
  expect(result.ids).toEqual({
    'password-policy.everyone': '00p1',
    'password-policy.okta-default': '00p2',
    'password-rule.everyone': '00p1/0pr1',
  });
  expect(result.said).toEqual([]);
});

test("Okta's default password policy with Okta's own settings: adopted, each difference reported", () => {
  const okta = structuredClone(stig) as { password: { complexity: { minLength: number } } };
  okta.password.complexity.minLength = 8;
  const result = run(
    snapshot({
      policies: [
        policy({ id: '00p2', type: 'PASSWORD', name: 'Default Policy', system: true, settings: okta }),
      ],
    }),
  );
  expect(result.ids).toEqual({ 'password-policy.okta-default': '00p2' });
  expect(result.said).toEqual([
    'PASSWORD policy "Default Policy": its settings differ from guardrails.yaml passwords, which the first deploy sets: passwordMinLength 8 (guardrails.yaml: 15); to keep Okta\'s, change guardrails.yaml passwords before the first deploy',
  ]);
});

test("the blueprint's enrollment policies and its rules in Okta's own apps' policies are adopted; their other rules and a longer idle time reported", () => {
  const result = run(
    snapshot({
      apps: [ownApp('0oa1', 'saasure', 'rst1'), ownApp('0oa2', 'okta_enduser', 'rst2')],
      policies: [
        policy({
          id: '00p3',
          type: 'MFA_ENROLL',
          name: 'org-blueprint: everyone',
          rules: [{ id: '0pr3', name: 'org-blueprint: everyone', status: 'ACTIVE', system: false }],
        }),
        policy({
          id: 'rst1',
          type: 'ACCESS_POLICY',
          name: 'Okta Admin Console',
          system: true,
          rules: [
            {
              id: 'rul1',
              name: 'org-blueprint: Okta administrators',
              status: 'ACTIVE',
              system: false,
              actions: { appSignOn: { access: 'ALLOW', verificationMethod: { inactivityPeriod: 'PT2H' } } },
            },
            { id: 'rul2', name: 'Catch-all Rule', status: 'ACTIVE', system: true },
          ],
        }),
        policy({ id: 'rst2', type: 'ACCESS_POLICY', name: 'Okta Dashboard', system: true }),
      ],
    }),
  );
  expect(result.ids).toEqual({
    'app-policy-rule.admin-console': 'rst1/rul1',
    'authenticator-policy.everyone': '00p3',
    'authenticator-rule.everyone': '00p3/0pr3',
  });
  expect(result.said).toEqual([
    'ACCESS_POLICY policy "Okta Admin Console": its rule "org-blueprint: Okta administrators" asks for factors again after PT2H inactivity in Okta; guardrails.yaml sessions.idle says PT15M, which the first deploy sets',
    'ACCESS_POLICY policy "Okta Admin Console": the authentication policy Okta gave the Okta Admin Console: the blueprint adopts its rule "org-blueprint: Okta administrators" at priority 1; the policy\'s other rules (Catch-all Rule) stay in Okta unmanaged',
    'ACCESS_POLICY policy "Okta Dashboard": the authentication policy Okta gave the Okta Dashboard: the blueprint adds its rule "org-blueprint: everyone" at priority 1; the policy has no other rule',
  ]);
});

test('a blueprint session rule idling longer than guardrails.yaml sessions.idle is reported', () => {
  const result = run(
    snapshot({
      policies: [
        policy({
          id: '00p4',
          type: 'OKTA_SIGN_ON',
          name: 'org-blueprint: everyone',
          rules: [
            {
              id: '0pr4',
              name: 'org-blueprint: everyone',
              status: 'ACTIVE',
              system: false,
              actions: {
                signon: { session: { maxSessionIdleMinutes: 120, maxSessionLifetimeMinutes: 720 } },
              },
            },
          ],
        }),
      ],
    }),
  );
  expect(result.ids).toEqual({ 'session-policy.everyone': '00p4', 'session-rule.everyone': '00p4/0pr4' });
  expect(result.said).toEqual([
    'OKTA_SIGN_ON policy "org-blueprint: everyone": sessions end after 120 idle minutes in Okta; guardrails.yaml sessions.idle says 15, which the first deploy sets',
  ]);
});

test('network zones by name and ThreatInsight: adopted, differences and unlisted zones reported, system zones left to Okta', () => {
  const zone = { status: 'ACTIVE', system: false, locations: [], gateways: [] };
  const result = run(
    snapshot({
      zones: [
        { ...zone, id: 'nzo1', name: 'Office', type: 'IP', usage: 'POLICY', gateways: ['198.51.100.0/24'] },
        {
          ...zone,
          id: 'nzo2',
          name: 'org-blueprint: anonymizers (blocked)',
          type: 'DYNAMIC',
          usage: 'BLOCKLIST',
          proxyType: 'Tor',
        },
        { ...zone, id: 'nzo3', name: 'Embargoed', type: 'DYNAMIC', usage: 'BLOCKLIST', locations: ['KP'] },
        { ...zone, id: 'nzo4', name: 'LegacyIpZone', type: 'IP', usage: 'POLICY', system: true },
      ],
      threatInsight: { action: 'audit', excludeZones: ['nzo1'] },
    }),
  );
  expect(result.ids).toEqual({
    'network-zone.anonymizers': 'nzo2',
    'network-zone.office': 'nzo1',
    'threat-insight': 'threat_insight_settings',
  });
  expect(result.said).toEqual([
    'network zone "Office": it differs from guardrails.yaml network, which the first deploy sets: gateways 198.51.100.0/24 (guardrails.yaml: 203.0.113.0/24)',
    'network zone "Embargoed": a blocklist DYNAMIC zone guardrails.yaml network does not list: add it to network.zones to manage it (name "Embargoed", locations KP); until then it stays in Okta unmanaged',
    "ThreatInsight: Okta's configuration differs from guardrails.yaml network, which the first deploy sets: action audit (guardrails.yaml network.threatInsight: block)",
  ]);
  expect(result.policies).toEqual({ kind: 'policies', imported: 3, decisions: 0, notRepresentable: 3 });
});

test('the security notification emails are adopted by the provider’s fixed id from any org', () => {
  expect(run(snapshot({})).notifications).toBe('security_notification_emails');
});

test('the blueprint’s behaviours are adopted by name; Okta’s own behaviours stay Okta’s', () => {
  const behaviour = (id: string, name: string, type: string) => ({ id, name, type, status: 'ACTIVE' });
  const result = run(
    snapshot({
      behaviors: [
        behaviour('abc1', 'New Country', 'ANOMALOUS_LOCATION'),
        behaviour('abc2', 'org-blueprint: new country', 'ANOMALOUS_LOCATION'),
        behaviour('abc3', 'org-blueprint: velocity', 'VELOCITY'),
        behaviour('abc4', 'org-blueprint: new city', 'ANOMALOUS_LOCATION'),
      ],
    }),
  );
  // new city is not in guardrails.yaml signInRisk.behaviors (the defaults): not the blueprint's.
  expect(result.ids).toEqual({ 'behaviour.new-country': 'abc2', 'behaviour.velocity': 'abc3' });
  expect(result.policies?.imported).toBe(2);
});

test('everyone’s risk rules are adopted with its policy, by their names', () => {
  const result = run(
    snapshot({
      policies: [
        policy({
          id: '00p4',
          type: 'OKTA_SIGN_ON',
          name: 'org-blueprint: everyone',
          priority: 2,
          rules: [
            { id: '0pr1', name: 'org-blueprint: everyone, high risk', status: 'ACTIVE', system: false },
            { id: '0pr2', name: 'org-blueprint: everyone, unusual sign-in', status: 'ACTIVE', system: false },
            { id: '0pr3', name: 'org-blueprint: everyone', status: 'ACTIVE', system: false },
          ],
        }),
      ],
    }),
  );
  expect(result.ids).toEqual({
    'session-policy.everyone': '00p4',
    'session-rule.everyone': '00p4/0pr3',
    'session-rule.everyone.high-risk': '00p4/0pr1',
    'session-rule.everyone.unusual': '00p4/0pr2',
  });
});
