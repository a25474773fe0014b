// Okta's policies, network zones and log streams → what the config says of them: the
// blueprint's own session policies (`org-blueprint: admins|everyone`, from guardrails.yaml),
// its app authentication policies, and the password, enrollment and network settings of
// guardrails.yaml (map-guardrail-settings.ts) are adopted as they are; every other policy
// keeps its conditions in Okta and is reported. An EventBridge log stream into an account of org.yaml becomes
// logging.yaml's oktaLogStream.
import { durationSeconds } from '../../model/duration';
import type { LoggingFile } from '../../model/schema/logging';
import { eventSourceName } from '../../naming/okta-event-source';
import { oktaName } from '../../okta/names';
import {
  APP_POLICY_TITLES,
  type AppPolicyId,
  appPolicyLabel,
  appPolicyName,
} from '../../okta/specs/app-policies';
import { EVERYONE_RISK_RULES } from '../../okta/specs/session-policies';
import type { ImportReport } from '../import-report';
import type { ImportContext } from './import-context';
import { idleDifference, mapGuardrailPolicy, mapNetwork, mapSignInRisk } from './map-guardrail-settings';
import type { OktaSnapshot, SnapshotPolicy } from './okta-snapshot';

/** The names lib/okta gives the policies it declares (specs/session-policies.ts, app-policies.ts). */
export const BLUEPRINT_SESSION_POLICIES = ['admins', 'everyone'] as const;
const BLUEPRINT_APP_POLICIES = new Map(
  (Object.keys(APP_POLICY_TITLES) as AppPolicyId[]).map((id) => [appPolicyLabel(id), id]),
);

export interface MappedSecurity {
  readonly logStream?: NonNullable<LoggingFile['oktaLogStream']>;
  /** Okta ids of the blueprint's own app authentication policies (adopted as they are). */
  readonly blueprintPolicyIds: ReadonlySet<string>;
  readonly importIds: Map<string, string>;
}

const minutes = (duration: string) => Math.max(1, Math.round((durationSeconds(duration) ?? 0) / 60));

function describe(policy: SnapshotPolicy): string {
  const rules = policy.rules.filter((r) => !r.system || policy.rules.length === 1);
  return `${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}${rules.length ? ` (${rules.map((r) => r.name).join(', ')})` : ''}`;
}

export function mapSecurity(
  snapshot: OktaSnapshot,
  context: ImportContext,
  report: ImportReport,
): MappedSecurity {
  const importIds = new Map<string, string>();
  const blueprintPolicyIds = new Set<string>();
  const appsUsing = (p: SnapshotPolicy) => snapshot.apps.filter((a) => a.accessPolicyId === p.id).length;
  const sessions = context.guardrails.sessions;
  const lifetime = { admins: minutes(sessions.adminConsole), everyone: minutes(sessions.default) } as const;

  for (const policy of snapshot.policies) {
    const item = `${policy.type} policy "${policy.name}"`;
    const session = BLUEPRINT_SESSION_POLICIES.find((id) => policy.name === `org-blueprint: ${id}`);
    if (policy.type === 'OKTA_SIGN_ON' && session) {
      importIds.set(oktaName('session-policy', session), policy.id);
      report.countImported('policies');
      if (session === 'everyone')
        for (const [suffix, title] of Object.entries(EVERYONE_RISK_RULES)) {
          const risk = policy.rules.find((r) => r.name === title);
          if (risk) importIds.set(oktaName('session-rule', session, suffix), `${policy.id}/${risk.id}`);
        }
      const rule = policy.rules.find((r) => r.name === `org-blueprint: ${session}`);
      if (rule) {
        importIds.set(oktaName('session-rule', session), `${policy.id}/${rule.id}`);
        const have = (
          rule.actions as { signon?: { session?: { maxSessionLifetimeMinutes?: number } } } | undefined
        )?.signon?.session?.maxSessionLifetimeMinutes;
        if (have !== undefined && have !== lifetime[session])
          report.cannotSay(
            'policies',
            item,
            `sessions last ${have} minutes in Okta; guardrails.yaml says ${lifetime[session]}, which the first deploy sets`,
          );
        const idle = idleDifference(rule.actions, context);
        if (idle) report.cannotSay('policies', item, idle);
      }
      continue;
    }
    if (mapGuardrailPolicy(policy, snapshot, context, report, importIds)) continue;
    const appPolicy = policy.type === 'ACCESS_POLICY' ? BLUEPRINT_APP_POLICIES.get(policy.name) : undefined;
    if (appPolicy !== undefined) {
      blueprintPolicyIds.add(policy.id);
      importIds.set(appPolicyName(appPolicy), policy.id);
      report.countImported('policies');
      const rule = policy.rules.find((r) => r.name === APP_POLICY_TITLES[appPolicy]);
      if (rule) importIds.set(oktaName('app-policy-rule', appPolicy), `${policy.id}/${rule.id}`);
      continue;
    }
    const what =
      policy.type === 'OKTA_SIGN_ON'
        ? `a global session policy at priority ${policy.priority ?? '?'} with ${describe(policy)}: the config says sessions only through guardrails.yaml (the blueprint's own policies rank above it), so its conditions stay in Okta unmanaged`
        : policy.type === 'ACCESS_POLICY'
          ? `an authentication policy with ${describe(policy)}, used by ${appsUsing(policy)} apps: the config says only mfa: true or false per app, so it stays in Okta unmanaged`
          : policy.type === 'PASSWORD'
            ? `a password policy at priority ${policy.priority ?? '?'} with ${describe(policy)}: the config says passwords only through guardrails.yaml passwords (the blueprint's own policy ranks first), so its settings stay in Okta unmanaged`
            : `an authenticator enrollment policy with ${describe(policy)}: the config says enrollment only through the blueprint's own policies (admins, everyone), so it stays in Okta unmanaged`;
    report.cannotSay('policies', item, what);
  }

  mapNetwork(snapshot, context, report, importIds);
  mapSignInRisk(snapshot, context, report, importIds);

  let logStream: MappedSecurity['logStream'];
  for (const stream of snapshot.logStreams) {
    const item = `log stream "${stream.name}"`;
    const accountId = String(stream.settings.accountId ?? '');
    const account = context.accounts.find((a) => a.accountId === accountId);
    const region = String(stream.settings.region ?? '');
    const why =
      stream.type !== 'aws_eventbridge'
        ? `a ${stream.type} stream; the config holds the one to AWS EventBridge`
        : logStream !== undefined
          ? 'a second EventBridge stream; the config holds one'
          : account === undefined
            ? `it delivers to AWS account ${accountId}, which org.yaml does not list: add the account (blueprint import aws), then import again`
            : undefined;
    if (why) {
      report.cannotSay('log streams', item, `not imported: ${why}`);
      continue;
    }
    if (stream.settings.eventSourceName !== eventSourceName(stream.name))
      report.cannotSay(
        'log streams',
        item,
        `its event source is "${String(stream.settings.eventSourceName)}"; the blueprint names it "${eventSourceName(stream.name)}", so the first deploy replaces the stream`,
      );
    logStream = { name: stream.name, account: account!.id, region, archiveRetention: 'P1Y' };
    importIds.set(oktaName('log-stream'), stream.id);
    report.countImported('log streams');
  }
  return {
    ...(logStream ? { logStream } : {}),
    blueprintPolicyIds,
    importIds,
  };
}
