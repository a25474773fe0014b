// What guardrails.yaml says of Okta beyond sessions, read back: the blueprint's password
// policy (and the settings it puts on Okta's default password policy), its authenticator
// enrollment policies, its top rule in the Okta Admin Console's and Dashboard's own
// authentication policies, its network zones and ThreatInsight, its behaviours. Each is adopted with the id
// the provider imports it by; a setting Okta holds that differs from guardrails.yaml is
// reported (the first deploy sets guardrails.yaml's value), never dropped.
import { isDeepStrictEqual } from 'node:util';
import { durationSeconds } from '../../model/duration';
import { OKTA_APPS } from '../../okta/lookups';
import { oktaName } from '../../okta/names';
import { zoneName } from '../../okta/specs/network';
import { oktaPeriod } from '../../okta/specs/okta-period';
import { PASSWORD_POLICY, passwordSettings } from '../../okta/specs/password-policy';
import { behaviourLabel, behaviourName } from '../../okta/specs/sign-in-risk';
import type { ImportReport } from '../import-report';
import type { ImportContext } from './import-context';
import type { OktaSnapshot, SnapshotPolicy } from './okta-snapshot';

type Json = Record<string, unknown>;

/** The ThreatInsight singleton's id in the provider (okta_threat_insight_settings). */
export const THREAT_INSIGHT_IMPORT_ID = 'threat_insight_settings';

/** The names lib/okta gives its enrollment policies (specs/authenticator-enrollment.ts). */
const ENROLLMENT_POLICIES = ['admins', 'everyone'] as const;

/** The blueprint's rule in each of Okta's own apps' policies (specs/app-policies.ts). */
const OKTA_APP_RULES: Readonly<Record<keyof typeof OKTA_APPS, { app: string; rule: string }>> = {
  'admin-console': { app: 'saasure', rule: 'org-blueprint: Okta administrators' },
  dashboard: { app: 'okta_enduser', rule: 'org-blueprint: everyone' },
};

const at = (json: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), json);

/** A password policy's `settings` → the provider's inputs (specs/password-policy.ts names them). */
export function passwordInputs(settings: unknown): Json {
  const complexity = (k: string) => at(settings, 'password', 'complexity', k);
  const excluded =
    (at(settings, 'password', 'complexity', 'excludeAttributes') as string[] | undefined) ?? [];
  const recovery = (factor: string) => at(settings, 'recovery', 'factors', factor, 'status') ?? 'INACTIVE';
  return {
    passwordMinLength: complexity('minLength'),
    passwordMinLowercase: complexity('minLowerCase'),
    passwordMinUppercase: complexity('minUpperCase'),
    passwordMinNumber: complexity('minNumber'),
    passwordMinSymbol: complexity('minSymbol'),
    passwordExcludeUsername: complexity('excludeUsername'),
    passwordExcludeFirstName: excluded.includes('firstName'),
    passwordExcludeLastName: excluded.includes('lastName'),
    passwordDictionaryLookup:
      at(settings, 'password', 'complexity', 'dictionary', 'common', 'exclude') === true,
    passwordHistoryCount: at(settings, 'password', 'age', 'historyCount'),
    passwordMinAgeMinutes: at(settings, 'password', 'age', 'minAgeMinutes'),
    passwordMaxAgeDays: at(settings, 'password', 'age', 'maxAgeDays'),
    passwordMaxLockoutAttempts: at(settings, 'password', 'lockout', 'maxAttempts'),
    passwordAutoUnlockMinutes: at(settings, 'password', 'lockout', 'autoUnlockMinutes'),
    emailRecovery: recovery('okta_email'),
    smsRecovery: recovery('okta_sms'),
    callRecovery: recovery('okta_call'),
    questionRecovery: recovery('recovery_question'),
  };
}

/** `input: Okta's → guardrails.yaml's` for each setting that differs, sorted. */
function differences(have: Json, want: Json): string[] {
  return Object.keys(want)
    .filter((k) => !isDeepStrictEqual(have[k], want[k]))
    .sort()
    .map((k) => `${k} ${JSON.stringify(have[k])} (guardrails.yaml: ${JSON.stringify(want[k])})`);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  isDeepStrictEqual([...a].sort(), [...b].sort());

/**
 * A policy of the blueprint's guardrails (password, enrollment, Okta's own apps): its import
 * ids into `importIds`, and true; false when the policy is someone else's.
 */
export function mapGuardrailPolicy(
  policy: SnapshotPolicy,
  snapshot: OktaSnapshot,
  context: ImportContext,
  report: ImportReport,
  importIds: Map<string, string>,
): boolean {
  const item = `${policy.type} policy "${policy.name}"`;
  const ruleNamed = (name: string) => policy.rules.find((r) => r.name === name);
  if (policy.type === 'PASSWORD' && (policy.name === 'org-blueprint: passwords' || policy.system)) {
    const blueprint = !policy.system;
    importIds.set(blueprint ? PASSWORD_POLICY : oktaName('password-policy', 'okta-default'), policy.id);
    report.countImported('policies');
    const rule = blueprint ? ruleNamed('org-blueprint: passwords') : undefined;
    if (rule) importIds.set(oktaName('password-rule', 'everyone'), `${policy.id}/${rule.id}`);
    const differ = differences(
      passwordInputs(policy.settings),
      passwordSettings(context.guardrails.passwords) as Json,
    );
    if (differ.length)
      report.cannotSay(
        'policies',
        item,
        `its settings differ from guardrails.yaml passwords, which the first deploy sets: ${differ.join(', ')}; to keep Okta's, change guardrails.yaml passwords before the first deploy`,
      );
    return true;
  }
  const enrollment =
    policy.type === 'MFA_ENROLL'
      ? ENROLLMENT_POLICIES.find((id) => policy.name === `org-blueprint: ${id}`)
      : undefined;
  if (enrollment !== undefined) {
    importIds.set(oktaName('authenticator-policy', enrollment), policy.id);
    report.countImported('policies');
    const rule = ruleNamed(`org-blueprint: ${enrollment}`);
    if (rule) importIds.set(oktaName('authenticator-rule', enrollment), `${policy.id}/${rule.id}`);
    return true;
  }
  const ownApp =
    policy.type === 'ACCESS_POLICY'
      ? (Object.keys(OKTA_APP_RULES) as (keyof typeof OKTA_APPS)[]).find((key) =>
          snapshot.apps.some((a) => a.name === OKTA_APP_RULES[key].app && a.accessPolicyId === policy.id),
        )
      : undefined;
  if (ownApp !== undefined) {
    const rule = ruleNamed(OKTA_APP_RULES[ownApp].rule);
    if (rule) {
      importIds.set(oktaName('app-policy-rule', ownApp), `${policy.id}/${rule.id}`);
      report.countImported('policies');
      const idle = at(rule.actions, 'appSignOn', 'verificationMethod', 'inactivityPeriod');
      const want = oktaPeriod(context.guardrails.sessions.idle);
      if (idle !== want)
        report.cannotSay(
          'policies',
          item,
          `its rule "${rule.name}" asks for factors again after ${idle === undefined ? 'no set' : String(idle)} inactivity in Okta; guardrails.yaml sessions.idle says ${want}, which the first deploy sets`,
        );
    }
    const others = policy.rules.filter((r) => r !== rule).map((r) => r.name);
    report.cannotSay(
      'policies',
      item,
      `the authentication policy Okta gave the ${OKTA_APPS[ownApp]}: the blueprint ${rule ? 'adopts' : 'adds'} its rule "${OKTA_APP_RULES[ownApp].rule}" at priority 1; ${others.length ? `the policy's other rules (${others.join(', ')}) stay in Okta unmanaged` : 'the policy has no other rule'}`,
    );
    return true;
  }
  return false;
}

const idleOf = (idle: string) => Math.max(1, Math.round((durationSeconds(idle) ?? 0) / 60));

/** The idle timeout of a blueprint session rule against guardrails.yaml sessions.idle. */
export function idleDifference(actions: unknown, context: ImportContext): string | undefined {
  const have = at(actions, 'signon', 'session', 'maxSessionIdleMinutes');
  const want = idleOf(context.guardrails.sessions.idle);
  return have !== undefined && have !== want
    ? `sessions end after ${String(have)} idle minutes in Okta; guardrails.yaml sessions.idle says ${want}, which the first deploy sets`
    : undefined;
}

/** Network zones and ThreatInsight: the zones of guardrails.yaml `network` adopted by name. */
export function mapNetwork(
  snapshot: OktaSnapshot,
  context: ImportContext,
  report: ImportReport,
  importIds: Map<string, string>,
): void {
  const { network } = context.guardrails;
  const idOf = new Map<string, string>(); // Okta zone id → config zone id
  for (const zone of snapshot.zones) {
    if (zone.system) continue; // Okta's own zones (LegacyIpZone, BlockedIpZone, ...): part of Okta, like Everyone.
    const item = `network zone "${zone.name}"`;
    const configured = network.zones.find((z) => z.name === zone.name);
    const anonymizers =
      network.blockAnonymizers && zone.name === 'org-blueprint: anonymizers (blocked)'
        ? 'anonymizers'
        : undefined;
    const id = configured?.id ?? anonymizers;
    if (id === undefined) {
      report.cannotSay(
        'policies',
        item,
        `a${zone.usage === 'BLOCKLIST' ? ' blocklist' : 'n'} ${zone.type} zone guardrails.yaml network does not list: add it to network.zones to manage it (name "${zone.name}", ${zone.gateways.length ? `gateways ${zone.gateways.join(', ')}` : `locations ${zone.locations.join(', ') || 'none'}`}); until then it stays in Okta unmanaged`,
      );
      continue;
    }
    importIds.set(zoneName(id), zone.id);
    idOf.set(zone.id, id);
    report.countImported('policies');
    const differ: string[] = [];
    const block = configured ? configured.block : true;
    if ((zone.usage === 'BLOCKLIST') !== block)
      differ.push(`usage ${zone.usage} (guardrails.yaml: ${block ? 'BLOCKLIST' : 'POLICY'})`);
    if (configured?.gateways && !sameSet(zone.gateways, configured.gateways))
      differ.push(
        `gateways ${zone.gateways.join(', ')} (guardrails.yaml: ${configured.gateways.join(', ')})`,
      );
    if (configured?.locations && !sameSet(zone.locations, configured.locations))
      differ.push(
        `locations ${zone.locations.join(', ')} (guardrails.yaml: ${configured.locations.join(', ')})`,
      );
    if (anonymizers && zone.proxyType !== 'Tor' && zone.proxyType !== 'TorAnonymizer')
      differ.push(`proxy type ${zone.proxyType ?? 'none'} (the blueprint blocks Tor anonymizers)`);
    if (differ.length)
      report.cannotSay(
        'policies',
        item,
        `it differs from guardrails.yaml network, which the first deploy sets: ${differ.join('; ')}`,
      );
  }
  const threat = snapshot.threatInsight;
  if (threat === undefined) return;
  importIds.set('threat-insight', THREAT_INSIGHT_IMPORT_ID);
  report.countImported('policies');
  const exempt = network.zones.filter((z) => z.threatInsightExempt).map((z) => z.id);
  const excluded = threat.excludeZones.map((z) => idOf.get(z) ?? z);
  const differ = [
    ...(threat.action !== network.threatInsight
      ? [`action ${threat.action} (guardrails.yaml network.threatInsight: ${network.threatInsight})`]
      : []),
    ...(!sameSet(excluded, exempt)
      ? [`exempt zones ${excluded.join(', ') || 'none'} (guardrails.yaml: ${exempt.join(', ') || 'none'})`]
      : []),
  ];
  if (differ.length)
    report.cannotSay(
      'policies',
      'ThreatInsight',
      `Okta's configuration differs from guardrails.yaml network, which the first deploy sets: ${differ.join('; ')}`,
    );
}

/** The provider's fixed id of the security notification emails singleton. */
export const SECURITY_NOTIFICATION_EMAILS_IMPORT_ID = 'security_notification_emails';

/**
 * Behaviour detection: the behaviours of guardrails.yaml `signInRisk` adopted by the name the
 * blueprint gives them (Okta's own behaviours stay Okta's, like its system zones). The security
 * notification emails are one org-wide setting behind Okta's internal API, which the import
 * does not read: adopted by the provider's fixed id, the first deploy turns every email on.
 */
export function mapSignInRisk(
  snapshot: OktaSnapshot,
  context: ImportContext,
  report: ImportReport,
  importIds: Map<string, string>,
): void {
  for (const b of context.guardrails.signInRisk.behaviors) {
    const found = snapshot.behaviors.find((x) => x.name === behaviourLabel(b));
    if (!found) continue;
    importIds.set(behaviourName(b), found.id);
    report.countImported('policies');
  }
  importIds.set('security-notification-emails', SECURITY_NOTIFICATION_EMAILS_IMPORT_ID);
}
