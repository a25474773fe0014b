// Okta apps → apps.yaml: SAML, OIDC and bookmark apps with the settings the config can say,
// their group assignments and whether their sign-on needs MFA. Okta knows neither an app's
// owner, risk tier, data classification, vendor nor its last vendor review: each gets a
// placeholder and a TODO. Settings the blueprint would set differently (its SAML signing
// defaults, say), provisioning, people assigned directly, other sign-on modes are reported.
// An OIDC client secret is never read further than "there is one".
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { SsoSettings } from '../../model/org-model';
import type { app as appSchema } from '../../model/schema/apps';
import { httpsUrl } from '../../model/schema/common';
import { oktaName } from '../../okta/names';
import { appSettings, SAML_NAME_ID_FORMATS } from '../../okta/specs/app-settings';
import { appName } from '../../okta/specs/apps';
import { configId, IdAllocator } from '../config-id';
import type { ImportReport } from '../import-report';
import { type AppFieldPath, BOOKMARK_FIELDS, OIDC_FIELDS, readField, SAML_FIELDS } from './app-fields';
import type { ImportContext } from './import-context';
import type { OktaSnapshot, SnapshotApp, SnapshotPolicy } from './okta-snapshot';

export type AppEntry = z.input<typeof appSchema>;

/** A comment the writer puts above a key, that is not a decision (where a secret lives). */
export interface Note {
  readonly path: readonly (string | number)[];
  readonly note: string;
}

export interface MappedApps {
  readonly apps: AppEntry[];
  readonly notes: Note[];
  readonly importIds: Map<string, string>;
  /** The Group Push mappings of config groups, by the logical name the program would give them. */
  readonly pushes: PushMapping[];
}

export interface PushMapping {
  /** `push-group.<app>.<group>`. */
  readonly name: string;
  /** How the summary names it: `app aws-sso pushes engineering`. */
  readonly item: string;
  /** `ACTIVE`, `INACTIVE` or `ERROR`, as Okta has it. */
  readonly status: string;
}

/** Okta's own apps (the Admin Console, the End-User Dashboard, ...): part of Okta, not config. */
export const OKTA_BUILT_IN_APPS = new Set([
  'flow',
  'okta_browser_plugin',
  'okta_enduser',
  'okta_flow_sso',
  'saasure',
]);

const NAME_ID_FORMAT = new Map(Object.entries(SAML_NAME_ID_FORMATS).map(([k, v]) => [v as string, k]));
const UNSPECIFIED_NAMESPACE = 'urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified';
// Not `implicit`: the oidc-implicit-grant guardrail refuses it, so the import leaves it out.
const GRANT_TYPES = ['authorization_code', 'refresh_token'] as const;

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isHttps = (v: string | undefined) => v !== undefined && httpsUrl.safeParse(v).success;

/** The config's SSO settings for an app, or why it cannot have any. */
function ssoOf(app: SnapshotApp, json: Json, warnings: string[]): SsoSettings | string {
  switch (app.signOnMode) {
    case 'SAML_2_0': {
      const signOn = (app.settings.signOn ?? {}) as Json;
      const ssoUrl = str(signOn.ssoAcsUrl);
      if (!isHttps(ssoUrl)) return `its SAML ACS URL ${JSON.stringify(ssoUrl ?? '')} is not https`;
      const audience = str(signOn.audience);
      if (audience === undefined) return 'it has no SAML audience';
      const format = str(signOn.subjectNameIdFormat);
      const nameIdFormat = (format && NAME_ID_FORMAT.get(format)) as
        | 'email'
        | 'unspecified'
        | 'persistent'
        | undefined;
      const statements = Array.isArray(signOn.attributeStatements)
        ? (signOn.attributeStatements as Json[])
        : [];
      const attributes = statements.flatMap((s) =>
        s.type === 'EXPRESSION' &&
        strings(s.values).length === 1 &&
        (s.namespace ?? UNSPECIFIED_NAMESPACE) === UNSPECIFIED_NAMESPACE &&
        str(s.name)
          ? [{ name: String(s.name), value: strings(s.values)[0] }]
          : [],
      );
      if (attributes.length < statements.length)
        warnings.push(
          `${statements.length - attributes.length} SAML attribute statements the config cannot say (group statements, several values or another name format) are removed by the first deploy`,
        );
      const recipient = str(signOn.recipient);
      const destination = str(signOn.destination);
      return {
        type: 'saml',
        ssoUrl: ssoUrl!,
        audience,
        ...(recipient && recipient !== ssoUrl && isHttps(recipient) ? { recipient } : {}),
        ...(destination && destination !== ssoUrl && isHttps(destination) ? { destination } : {}),
        nameIdFormat: nameIdFormat ?? 'email',
        attributes,
      };
    }
    case 'OPENID_CONNECT': {
      const client = (app.settings.oauthClient ?? {}) as Json;
      const type = str(client.application_type) ?? 'web';
      if (type !== 'web' && type !== 'browser' && type !== 'native')
        return `it is an OIDC ${type} app; the config holds web, browser and native apps`;
      const redirectUris = strings(client.redirect_uris);
      if (redirectUris.length === 0 || !redirectUris.every(isHttps))
        return 'its redirect URIs are missing or not all https';
      const grants = strings(client.grant_types);
      const grantTypes = grants.filter((g): g is (typeof GRANT_TYPES)[number] =>
        (GRANT_TYPES as readonly string[]).includes(g),
      );
      const others = grants.filter((g) => !grantTypes.includes(g as never) && g !== 'implicit');
      if (grants.includes('implicit'))
        warnings.push(
          'grant type implicit is refused by the oidc-implicit-grant guardrail (tokens in the redirect URL, no PKCE): the first deploy removes it, and the client signs in with the authorization code flow and PKCE',
        );
      if (others.length > 0)
        warnings.push(
          `grant types ${others.join(', ')} are not in the config's (${GRANT_TYPES.join(', ')}): the first deploy removes them`,
        );
      const loginUri = str(client.initiate_login_uri);
      return {
        type: 'oidc',
        applicationType: type,
        redirectUris,
        postLogoutRedirectUris: strings(client.post_logout_redirect_uris).filter(isHttps),
        ...(isHttps(loginUri) ? { loginUri } : {}),
        grantTypes: grantTypes.length > 0 ? grantTypes : ['authorization_code'],
      };
    }
    case 'BOOKMARK': {
      const url = str(readField(json, BOOKMARK_FIELDS.url));
      return isHttps(url)
        ? { type: 'bookmark', url: url! }
        : `its URL ${JSON.stringify(url ?? '')} is not https`;
    }
    default:
      return `its sign-on mode ${app.signOnMode || 'is none'}${app.signOnMode ? ' is not one the config holds (saml, oidc, bookmark)' : ''}`;
  }
}

const FIELDS = { saml: SAML_FIELDS, oidc: OIDC_FIELDS, bookmark: BOOKMARK_FIELDS } as const;

/** Settings the first deploy would change: what the blueprint sets against what Okta holds. */
function settingChanges(sso: SsoSettings, json: Json): string[] {
  const fields: Readonly<Record<string, AppFieldPath>> = FIELDS[sso.type];
  const wanted = appSettings(sso) as Json;
  return Object.entries(fields).flatMap(([input, path]) => {
    const want = wanted[input];
    const have = readField(json, path);
    if (want === undefined || isDeepStrictEqual(want, have ?? (Array.isArray(want) ? [] : undefined)))
      return [];
    return [`${input} ${JSON.stringify(have ?? null)} → ${JSON.stringify(want)}`];
  });
}

/** Whether an authentication policy asks for two factors on an active rule. */
export function requiresMfa(policy: SnapshotPolicy | undefined): boolean {
  return (policy?.rules ?? []).some((r) => {
    const appSignOn = (
      r.actions as
        | { appSignOn?: { access?: string; verificationMethod?: { factorMode?: string } } }
        | undefined
    )?.appSignOn;
    return (
      r.status === 'ACTIVE' &&
      appSignOn?.access !== 'DENY' &&
      appSignOn?.verificationMethod?.factorMode === '2FA'
    );
  });
}

export function mapApps(
  snapshot: OktaSnapshot,
  groupOf: ReadonlyMap<string, string>,
  privilegedGroups: ReadonlySet<string>,
  /** Okta ids of the blueprint's Identity Center assignment groups (adopted apart). */
  assignmentGroupIds: ReadonlySet<string>,
  personOf: ReadonlyMap<string, string>,
  /** Okta ids of the blueprint's own app authentication policies. */
  blueprintPolicyIds: ReadonlySet<string>,
  context: ImportContext,
  report: ImportReport,
): MappedApps {
  const ids = new IdAllocator();
  const importIds = new Map<string, string>();
  const apps: AppEntry[] = [];
  const notes: Note[] = [];
  const pushes: PushMapping[] = [];
  const policies = new Map(snapshot.policies.map((p) => [p.id, p]));
  const builtIn = snapshot.apps.filter((a) => OKTA_BUILT_IN_APPS.has(a.name));
  if (builtIn.length > 0)
    report.cannotSay(
      'apps',
      "Okta's own apps",
      `${builtIn
        .map((a) => a.label)
        .sort()
        .join(', ')}: part of Okta, not config; left as they are`,
    );

  for (const app of snapshot.apps) {
    if (OKTA_BUILT_IN_APPS.has(app.name)) continue;
    const json = { settings: app.settings, credentials: app.credentials } as Json;
    const warnings: string[] = [];
    const sso = ssoOf(app, json, warnings);
    if (typeof sso === 'string') {
      report.cannotSay(
        'apps',
        `app "${app.label}"`,
        `not imported: ${sso}; it stays in Okta, unmanaged, with its ${app.groupIds.length} group assignments`,
      );
      continue;
    }
    const id = ids.take(configId(app.label));
    const item = `app ${id}`;
    const index = apps.length;
    const at = (...path: (string | number)[]) => ['apps', index, ...path];
    const todo = (field: string, what: string) =>
      report.decide({ kind: 'apps', item, file: 'apps', path: at(field), todo: what });
    report.countImported('apps');
    importIds.set(appName(id), app.id);
    // Every app is assigned one of Security's authentication policies (adopted, then set).
    importIds.set(oktaName('app-policy-assignment', id), app.id);

    for (const warning of warnings) report.cannotSay('apps', item, warning);
    const changes = settingChanges(sso, json);
    if (changes.length > 0)
      report.cannotSay(
        'apps',
        item,
        `settings the blueprint sets its own way change on the first deploy: ${changes.join('; ')}`,
      );
    if (app.status !== 'ACTIVE')
      report.cannotSay('apps', item, `it is ${app.status} in Okta; the first deploy activates it`);
    if (app.features.length > 0)
      report.cannotSay(
        'apps',
        item,
        `provisioning (${app.features.join(', ')}) is set up in the Okta admin console and stays there; the config only records provisioning: scim`,
      );

    const policy = app.accessPolicyId ? policies.get(app.accessPolicyId) : undefined;
    const mfa = requiresMfa(policy);
    if (policy && !policy.system && !blueprintPolicyIds.has(policy.id))
      report.cannotSay(
        'apps',
        item,
        mfa
          ? `it signs in through the authentication policy "${policy.name}"; the config says mfa: true, and the first deploy moves it to the blueprint's MFA policy`
          : `it signs in through the authentication policy "${policy.name}", which the config cannot describe; the first deploy moves it to the blueprint's policy for its risk (Security's, app-policies)`,
      );

    const groups: string[] = [];
    for (const g of app.groupIds) {
      const group = groupOf.get(g);
      if (group !== undefined && privilegedGroups.has(group)) {
        report.cannotSay(
          'app assignments',
          `${item} group ${group}`,
          `assigned to the privileged group ${group}: IT's apps cannot depend on Security's groups, so the assignment stays in Okta unmanaged; assign an everyday group instead`,
        );
        continue;
      }
      if (group === undefined && assignmentGroupIds.has(g)) continue;
      if (group === undefined) {
        report.cannotSay(
          'app assignments',
          `${item} group ${g}`,
          'assigned to a group that is not an Okta group the import reads (built-in or from a directory): left as it is',
        );
        continue;
      }
      groups.push(group);
      importIds.set(oktaName('app-group', id, group), `${app.id}/${g}`);
      report.countImported('app assignments');
    }
    for (const m of app.pushMappings) {
      const group = groupOf.get(m.sourceGroupId);
      if (group === undefined) {
        report.cannotSay(
          'group pushes',
          `${item} pushes ${m.sourceGroupId}`,
          'pushes a group that is not an Okta group the import reads (built-in or from a directory): left as it is',
        );
        continue;
      }
      const name = oktaName('push-group', id, group);
      importIds.set(name, `${app.id}/${m.id}`);
      pushes.push({ name, item: `${item} pushes ${group}`, status: m.status });
    }
    if (app.userIds.length > 0) {
      const people = app.userIds.map((u) => personOf.get(u) ?? u).sort();
      report.cannotSay(
        'app assignments',
        `${item} people`,
        `${people.length} people assigned directly (${people.slice(0, 8).join(', ')}${people.length > 8 ? ', ...' : ''}): the config assigns apps to groups; they keep the app until someone removes them in Okta`,
      );
    }

    if (sso.type === 'oidc' && (app.hadClientSecret || sso.applicationType === 'web'))
      notes.push({
        path: at('sso'),
        note: "The OIDC client secret is not config and was not read: Okta keeps it (Applications > this app > General); store it in the app's own secret manager, never here.",
      });

    const before = context.decided?.apps.get(id) ?? {};
    const kept = <T>(field: string, placeholder: T): T => (before[field] as T | undefined) ?? placeholder;
    apps.push({
      id,
      name: app.label,
      vendor: kept('vendor', app.label),
      owner: kept('owner', context.itTeam),
      risk: kept('risk', 'low' as const),
      data: kept('data', 'internal' as const),
      ...(typeof before.lastVendorReview === 'string' ? { lastVendorReview: before.lastVendorReview } : {}),
      ...(mfa ? { mfa: true } : {}),
      groups: [...new Set(groups)].sort(),
      ...(app.features.length > 0 ? { provisioning: 'scim' as const } : {}),
      sso: sso as AppEntry['sso'],
    });
    const ask = (field: string, what: string) => {
      if (before[field] === undefined) todo(field, what);
    };
    ask(
      'vendor',
      "the vendor's name (Okta knows only the app's label); then add lastVendorReview: the day of its last review",
    );
    ask('owner', 'the team accountable for this app');
    ask(
      'risk',
      `low | medium | high | critical; from ${context.guardrails.mfa.requiredFromRisk} up the guardrails require MFA`,
    );
    ask('data', 'public | internal | confidential | restricted');
  }
  return { apps, notes, importIds, pushes };
}
