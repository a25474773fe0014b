// Fills a fake Okta org the way `pulumi up` of the Okta stacks would have: each resource
// spec of the desired state becomes what the provider creates in Okta (users with their
// profile, groups, rules, memberships, apps with their settings, each app's authentication
// policy assignment, assignments, admin roles with their target groups, session, password
// and authenticator enrollment policies with their rules, network zones, ThreatInsight, the
// log stream), next to what every Okta org has anyway (the Everyone group, the default
// policies, the Okta Admin Console and Dashboard with the policies Okta gave them, where the
// blueprint adds its rule). Lookups resolve against that state. Returns each resource's Okta
// id by stack and logical name, as the Pulumi state would hold it (the import id format of
// each type).
import { BOOKMARK_FIELDS, OIDC_FIELDS, SAML_FIELDS, writeField } from '../../../lib/import/okta/app-fields';
import { addDays } from '../../../lib/model/calendar-date';
import type { OrgModel } from '../../../lib/model/org-model';
import { OKTA } from '../../../lib/okta/okta-types';
import {
  isActiveUsers,
  isLookupRef,
  isRef,
  type LookupSpec,
  type SpecObject,
  type SpecValue,
  type StackSpec,
} from '../../../lib/okta/spec';
import type {
  FakeApp,
  FakeOktaState,
  FakePolicy,
  FakeRole,
} from '../../../test-doubles/okta/fake-okta-state';

type Json = Record<string, unknown>;

export interface SeededOrg {
  /** `stack name` → logical name → the import id Pulumi would have for it. */
  readonly ids: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const ORDER = [
  OKTA.user,
  OKTA.group,
  OKTA.networkZone,
  OKTA.threatInsight,
  OKTA.behaviour,
  OKTA.securityNotificationEmails,
  OKTA.appSignonPolicy,
  OKTA.signonPolicy,
  OKTA.passwordPolicy,
  OKTA.defaultPasswordPolicy,
  OKTA.authenticatorPolicy,
  OKTA.samlApp,
  OKTA.oauthApp,
  OKTA.bookmarkApp,
  OKTA.appAccessPolicyAssignment,
  OKTA.appSignonPolicyRule,
  OKTA.signonPolicyRule,
  OKTA.passwordPolicyRule,
  OKTA.authenticatorPolicyRule,
  OKTA.groupRule,
  OKTA.groupMemberships,
  OKTA.appGroupAssignment,
  OKTA.groupRole,
  OKTA.pushGroup,
  OKTA.logStream,
];

/** Okta's own password policy (its defaults), before the blueprint's settings are applied. */
export const OKTA_DEFAULT_PASSWORD_SETTINGS = passwordJson({
  passwordMinLength: 8,
  passwordMinLowercase: 1,
  passwordMinUppercase: 1,
  passwordMinNumber: 1,
  passwordMinSymbol: 0,
  passwordExcludeUsername: true,
  passwordExcludeFirstName: false,
  passwordExcludeLastName: false,
  passwordDictionaryLookup: false,
  passwordHistoryCount: 4,
  passwordMinAgeMinutes: 0,
  passwordMaxAgeDays: 0,
  passwordMaxLockoutAttempts: 10,
  passwordAutoUnlockMinutes: 0,
  emailRecovery: 'ACTIVE',
  smsRecovery: 'INACTIVE',
  callRecovery: 'INACTIVE',
  questionRecovery: 'ACTIVE',
});

/** The provider's password inputs → the policy's `settings`, as Okta holds them. */
export function passwordJson(inputs: Json): Json {
  const status = (v: unknown) => ({ status: v === 'ACTIVE' ? 'ACTIVE' : 'INACTIVE' });
  return {
    password: {
      complexity: {
        minLength: inputs.passwordMinLength,
        minLowerCase: inputs.passwordMinLowercase,
        minUpperCase: inputs.passwordMinUppercase,
        minNumber: inputs.passwordMinNumber,
        minSymbol: inputs.passwordMinSymbol,
        excludeUsername: inputs.passwordExcludeUsername,
        excludeAttributes: [
          ...(inputs.passwordExcludeFirstName ? ['firstName'] : []),
          ...(inputs.passwordExcludeLastName ? ['lastName'] : []),
        ],
        dictionary: { common: { exclude: inputs.passwordDictionaryLookup } },
      },
      age: {
        maxAgeDays: inputs.passwordMaxAgeDays,
        expireWarnDays: 0,
        minAgeMinutes: inputs.passwordMinAgeMinutes,
        historyCount: inputs.passwordHistoryCount,
      },
      lockout: {
        maxAttempts: inputs.passwordMaxLockoutAttempts,
        autoUnlockMinutes: inputs.passwordAutoUnlockMinutes,
        showLockoutFailures: false,
        userLockoutNotificationChannels: [],
      },
    },
    recovery: {
      factors: {
        okta_email: status(inputs.emailRecovery),
        okta_sms: status(inputs.smsRecovery),
        okta_call: status(inputs.callRecovery),
        recovery_question: status(inputs.questionRecovery),
      },
    },
    delegation: { options: { skipUnlock: false } },
  };
}

/** The provider's authenticator inputs → Okta's keys for them in an enrollment policy. */
const AUTHENTICATOR_KEYS: Readonly<Record<string, string>> = {
  oktaVerify: 'okta_verify',
  webauthn: 'webauthn',
  phoneNumber: 'phone_number',
  securityQuestion: 'security_question',
};

/** Okta's own apps every org has, with the authentication policy Okta gave each (system). */
const OKTA_OWN_APPS = [
  { name: 'saasure', label: 'Okta Admin Console', policy: 'Okta Admin Console' },
  { name: 'okta_enduser', label: 'Okta Dashboard', policy: 'Okta Dashboard' },
] as const;

/** Okta's defaults: the policies every org has (lowest priority, system) and its own apps. */
function oktaDefaults(state: FakeOktaState): { defaultAccessPolicy: FakePolicy } {
  const defaultAccessPolicy: FakePolicy = {
    id: state.nextId('rst'),
    type: 'ACCESS_POLICY',
    name: 'Default Policy',
    priority: 1,
    status: 'ACTIVE',
    system: true,
    rules: [
      {
        id: state.nextId('rul'),
        name: 'Catch-all Rule',
        priority: 99,
        status: 'ACTIVE',
        system: true,
        type: 'ACCESS_POLICY',
        actions: {
          appSignOn: { access: 'ALLOW', verificationMethod: { factorMode: '1FA', type: 'ASSURANCE' } },
        },
      },
    ],
  };
  state.policies.push(defaultAccessPolicy, {
    id: state.nextId('00p'),
    type: 'OKTA_SIGN_ON',
    name: 'Default Policy',
    priority: 99,
    status: 'ACTIVE',
    system: true,
    rules: [
      {
        id: state.nextId('0pr'),
        name: 'Default Rule',
        priority: 99,
        status: 'ACTIVE',
        system: true,
        type: 'SIGN_ON',
        actions: { signon: { access: 'ALLOW', requireFactor: false } },
      },
    ],
  });
  state.policies.push({
    id: state.nextId('00p'),
    type: 'PASSWORD',
    name: 'Default Policy',
    description: 'The default policy applies in all situations if no other policy applies.',
    priority: 99,
    status: 'ACTIVE',
    system: true,
    conditions: { people: { groups: { include: [state.groups[0].id] } } },
    settings: OKTA_DEFAULT_PASSWORD_SETTINGS,
    rules: [
      {
        id: state.nextId('0pr'),
        name: 'Default Rule',
        priority: 99,
        status: 'ACTIVE',
        system: true,
        type: 'PASSWORD',
        actions: {
          passwordChange: { access: 'ALLOW' },
          selfServicePasswordReset: { access: 'ALLOW' },
          selfServiceUnlock: { access: 'DENY' },
        },
      },
    ],
  });
  for (const own of OKTA_OWN_APPS) {
    const policy: FakePolicy = {
      id: state.nextId('rst'),
      type: 'ACCESS_POLICY',
      name: own.policy,
      priority: 1,
      status: 'ACTIVE',
      system: true,
      rules: [
        {
          id: state.nextId('rul'),
          name: 'Catch-all Rule',
          priority: 99,
          status: 'ACTIVE',
          system: true,
          type: 'ACCESS_POLICY',
          actions: {
            appSignOn: { access: 'ALLOW', verificationMethod: { factorMode: '2FA', type: 'ASSURANCE' } },
          },
        },
      ],
    };
    state.policies.push(policy);
    state.apps.push({
      id: state.nextId('0oa'),
      label: own.label,
      groupIds: [],
      userIds: [],
      detail: {
        name: own.name,
        // Okta's own apps are no OIN template: the contract lets them through as AUTO_LOGIN apps.
        signOnMode: 'AUTO_LOGIN',
        settings: {},
        credentials: {},
        accessPolicyId: policy.id,
      },
    });
  }
  return { defaultAccessPolicy };
}

export function seedOktaFromDesiredState(
  state: FakeOktaState,
  stacks: readonly StackSpec[],
  model: OrgModel,
): SeededOrg {
  const { defaultAccessPolicy } = oktaDefaults(state);
  const oktaIdOf = new Map<string, string>(); // `stack name` → Okta id (the object's own id)
  const ids = new Map<string, Map<string, string>>();
  const everyone = state.groups.find((g) => g.type === 'BUILT_IN')!;
  const modelGroups = new Map(model.groups.map((g) => [g.id, g]));
  const emailOf = new Map(model.people.map((p) => [p.id, p.email]));
  const people = new Map(model.people.map((p) => [p.email, p]));
  const apps = new Map(model.apps.map((a) => [a.name, a]));

  for (const stack of stacks) {
    const lookups = new Map(stack.lookups.map((l) => [l.name, l]));
    const stackIds = new Map<string, string>();
    ids.set(stack.stack, stackIds);
    const lookupValue = (l: LookupSpec, property: string): SpecValue => {
      if (l.kind === 'stack-output') throw new Error('seed: people shards are not simulated');
      if (l.token === 'okta:group/getEveryoneGroup:getEveryoneGroup') return everyone.id;
      if (l.token === 'okta:user/getUsers:getUsers') return [];
      const login = (l.args.searches as { value: string }[] | undefined)?.[0]?.value;
      if (l.token === 'okta:user/getUser:getUser') return state.findUser(String(login))!.id;
      if (l.token === 'okta:app/getApp:getApp') return state.apps.find((a) => a.label === l.args.label)!.id;
      if (l.token === 'okta:group/getGroup:getGroup')
        return state.groups.find((g) => g.name === l.args.name && g.type === l.args.type)!.id;
      if (l.token === 'okta:index/getAppSignonPolicy:getAppSignonPolicy') {
        const appId = resolve(l.args.appId as SpecValue);
        return state.apps.find((a) => a.id === appId)!.detail!.accessPolicyId!;
      }
      throw new Error(`seed: lookup ${l.token}.${property}`);
    };
    const resolve = (v: SpecValue): unknown => {
      if (isRef(v)) {
        const id = oktaIdOf.get(`${stack.stack} ${v.$ref}`);
        if (!id) throw new Error(`seed: ${v.$ref} not created yet`);
        return id;
      }
      if (isLookupRef(v)) return lookupValue(lookups.get(v.$lookup)!, v.property);
      if (isActiveUsers(v)) return v.$activeUsers.map(resolve);
      if (Array.isArray(v)) return v.map(resolve);
      if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x as SpecValue)]));
      return v;
    };
    const sorted = [...stack.resources].sort(
      (a, b) => ORDER.indexOf(a.type as never) - ORDER.indexOf(b.type as never),
    );
    for (const spec of sorted) {
      const inputs = resolve(spec.inputs as SpecObject) as Json;
      const created = (oktaId: string, importId = oktaId) => {
        oktaIdOf.set(`${stack.stack} ${spec.name}`, oktaId);
        stackIds.set(spec.name, importId);
      };
      switch (spec.type) {
        case OKTA.user: {
          const { status: _status, ...profile } = inputs;
          const id = state.nextId('00u');
          const now = state.timestamp();
          // The lifecycle has activated joiners by now, and suspended (then deactivated) leavers the day after their last.
          const person = people.get(String(profile.login))!;
          const status =
            person.status === 'suspended'
              ? 'SUSPENDED'
              : person.status === 'deprovisioned'
                ? 'DEPROVISIONED'
                : person.status === 'staged'
                  ? 'STAGED'
                  : 'ACTIVE';
          const changed =
            person.end && (status === 'SUSPENDED' || status === 'DEPROVISIONED')
              ? `${addDays(person.end, 1)}T08:00:00.000Z`
              : now;
          state.users.push({
            id,
            status,
            created: now,
            statusChanged: changed,
            lastUpdated: changed,
            profile: profile as never,
            sessions: 0,
            factors: [],
            grants: [],
            tokens: {},
          });
          created(id);
          break;
        }
        case OKTA.group: {
          const id = state.nextId('00g');
          state.groups.push({
            id,
            name: String(inputs.name),
            type: 'OKTA_GROUP',
            ...(inputs.description ? { description: String(inputs.description) } : {}),
          });
          state.members.set(id, new Set());
          created(id);
          break;
        }
        case OKTA.groupRule: {
          const id = state.nextId('0pr');
          const groupIds = inputs.groupAssignments as string[];
          const configGroup = modelGroups.get(spec.name.slice('group-rule.'.length))!;
          const selected = new Set(configGroup.members.map((m) => emailOf.get(m.person)));
          state.rules.push({
            id,
            name: String(inputs.name),
            groupIds,
            expression: String(inputs.expressionValue),
            matches: (u) => selected.has(u.profile.login),
          });
          created(id);
          break;
        }
        case OKTA.groupMemberships: {
          const members = state.members.get(String(inputs.groupId))!;
          for (const u of inputs.users as string[]) members.add(u);
          created(String(inputs.groupId));
          break;
        }
        case OKTA.samlApp:
        case OKTA.oauthApp:
        case OKTA.bookmarkApp: {
          const id = state.nextId('0oa');
          const json: Json = { settings: {}, credentials: {} };
          const fields =
            spec.type === OKTA.samlApp
              ? SAML_FIELDS
              : spec.type === OKTA.oauthApp
                ? OIDC_FIELDS
                : BOOKMARK_FIELDS;
          for (const [input, path] of Object.entries(fields))
            if (inputs[input] !== undefined) writeField(json, path, inputs[input]);
          if (spec.type === OKTA.samlApp)
            Object.assign((json.settings as Json).signOn as Json, {
              allowMultipleAcsEndpoints: false,
              requestCompressed: false,
            });
          if (spec.type === OKTA.oauthApp) {
            writeField(json, ['credentials', 'oauthClient', 'client_id'], id);
            if (inputs.tokenEndpointAuthMethod !== 'none')
              writeField(json, ['credentials', 'oauthClient', 'client_secret'], `fake-secret-${id}`);
          }
          const app: FakeApp = {
            id,
            label: String(inputs.label),
            groupIds: [],
            userIds: [],
            detail: {
              name:
                spec.type === OKTA.samlApp
                  ? `fakeorg_${id.slice(-4)}_1`
                  : spec.type === OKTA.oauthApp
                    ? 'oidc_client'
                    : 'bookmark',
              signOnMode:
                spec.type === OKTA.samlApp
                  ? 'SAML_2_0'
                  : spec.type === OKTA.oauthApp
                    ? 'OPENID_CONNECT'
                    : 'BOOKMARK',
              settings: json.settings as Json,
              credentials: json.credentials as Json,
              // Provisioning is set up in the admin console (apps.yaml says `provisioning: scim`).
              ...(apps.get(String(inputs.label))?.provisioning === 'scim'
                ? { features: ['GROUP_PUSH', 'PUSH_NEW_USERS', 'PUSH_USER_DEACTIVATION'] }
                : {}),
              accessPolicyId: inputs.authenticationPolicy
                ? String(inputs.authenticationPolicy)
                : defaultAccessPolicy.id,
            },
          };
          state.apps.push(app);
          created(id);
          break;
        }
        case OKTA.appGroupAssignment: {
          const app = state.apps.find((a) => a.id === inputs.appId)!;
          app.groupIds.push(String(inputs.groupId));
          created(`${inputs.appId} ${inputs.groupId}`, `${inputs.appId}/${inputs.groupId}`);
          break;
        }
        case OKTA.groupRole: {
          const role: FakeRole = {
            id: state.nextId('ra'),
            type: inputs.roleType as FakeRole['type'],
            label: String(inputs.roleType),
            ...(inputs.targetGroupLists ? { targetGroupIds: inputs.targetGroupLists as string[] } : {}),
          };
          const groupId = String(inputs.groupId);
          state.groupRoles.set(groupId, [...(state.groupRoles.get(groupId) ?? []), role]);
          created(role.id, `${groupId}/${role.id}`);
          break;
        }
        case OKTA.appSignonPolicy:
        case OKTA.signonPolicy: {
          const id = state.nextId(spec.type === OKTA.signonPolicy ? '00p' : 'rst');
          state.policies.push({
            id,
            type: spec.type === OKTA.signonPolicy ? 'OKTA_SIGN_ON' : 'ACCESS_POLICY',
            name: String(inputs.name),
            description: String(inputs.description),
            priority: Number(inputs.priority ?? 1),
            status: 'ACTIVE',
            system: false,
            ...(inputs.groupsIncluded
              ? { conditions: { people: { groups: { include: inputs.groupsIncluded } } } }
              : {}),
            // Okta gives every new authentication policy its catch-all rule; `catchAll: false` makes it deny.
            rules:
              spec.type === OKTA.appSignonPolicy
                ? [
                    {
                      id: state.nextId('rul'),
                      name: 'Catch-all Rule',
                      priority: 99,
                      status: 'ACTIVE',
                      system: true,
                      type: 'ACCESS_POLICY',
                      actions: { appSignOn: { access: inputs.catchAll === false ? 'DENY' : 'ALLOW' } },
                    },
                  ]
                : [],
          });
          created(id);
          break;
        }
        case OKTA.appSignonPolicyRule:
        case OKTA.signonPolicyRule: {
          const policy = state.policies.find((p) => p.id === inputs.policyId)!;
          const id = state.nextId('0pr');
          policy.rules.push({
            id,
            name: String(inputs.name),
            priority: Number(inputs.priority),
            status: 'ACTIVE',
            system: false,
            type: spec.type === OKTA.signonPolicyRule ? 'SIGN_ON' : 'ACCESS_POLICY',
            ...(inputs.riskLevel || inputs.behaviors
              ? {
                  conditions: {
                    ...(inputs.riskLevel ? { riskScore: { level: inputs.riskLevel } } : {}),
                    ...(inputs.behaviors ? { risk: { behaviors: inputs.behaviors } } : {}),
                  },
                }
              : {}),
            actions:
              spec.type === OKTA.signonPolicyRule
                ? {
                    signon: {
                      access: inputs.access,
                      requireFactor: inputs.mfaRequired,
                      ...(inputs.mfaPrompt ? { factorPromptMode: inputs.mfaPrompt } : {}),
                      session: {
                        maxSessionIdleMinutes: inputs.sessionIdle,
                        maxSessionLifetimeMinutes: inputs.sessionLifetime,
                        usePersistentCookie: inputs.sessionPersistent,
                      },
                    },
                  }
                : {
                    appSignOn: {
                      access: inputs.access,
                      verificationMethod: {
                        factorMode: inputs.factorMode,
                        type: 'ASSURANCE',
                        reauthenticateIn: inputs.reAuthenticationFrequency,
                        ...(inputs.inactivityPeriod ? { inactivityPeriod: inputs.inactivityPeriod } : {}),
                        // The provider takes each constraint as a JSON string; Okta holds the objects.
                        ...(inputs.constraints
                          ? { constraints: (inputs.constraints as string[]).map((c) => JSON.parse(c)) }
                          : {}),
                      },
                    },
                  },
          });
          created(id, `${policy.id}/${id}`);
          break;
        }
        case OKTA.appAccessPolicyAssignment: {
          // The provider replaces the app's authentication policy (PUT .../policies/{policyId}/app/{appId}).
          const app = state.apps.find((a) => a.id === inputs.appId)!;
          app.detail!.accessPolicyId = String(inputs.policyId);
          created(`${app.id} policy`, app.id);
          break;
        }
        case OKTA.passwordPolicy:
        case OKTA.authenticatorPolicy: {
          const id = state.nextId('00p');
          const authenticators = Object.entries(AUTHENTICATOR_KEYS)
            .filter(([input]) => inputs[input] !== undefined)
            .map(([input, key]) => ({ key, enroll: { self: (inputs[input] as Json).enroll } }));
          state.policies.push({
            id,
            type: spec.type === OKTA.passwordPolicy ? 'PASSWORD' : 'MFA_ENROLL',
            name: String(inputs.name),
            description: String(inputs.description),
            priority: Number(inputs.priority ?? 1),
            status: 'ACTIVE',
            system: false,
            conditions: {
              people: { groups: { include: inputs.groupsIncluded } },
              ...(spec.type === OKTA.passwordPolicy ? { authProvider: { provider: 'OKTA' } } : {}),
            },
            settings:
              spec.type === OKTA.passwordPolicy
                ? passwordJson(inputs)
                : { type: 'AUTHENTICATORS', authenticators },
            rules: [],
          });
          created(id);
          break;
        }
        case OKTA.defaultPasswordPolicy: {
          const policy = state.policies.find((p) => p.type === 'PASSWORD' && p.system)!;
          policy.settings = passwordJson(inputs);
          created(policy.id);
          break;
        }
        case OKTA.passwordPolicyRule:
        case OKTA.authenticatorPolicyRule: {
          const policy = state.policies.find((p) => p.id === inputs.policyId)!;
          const id = state.nextId('0pr');
          policy.rules.push({
            id,
            name: String(inputs.name),
            priority: Number(inputs.priority),
            status: 'ACTIVE',
            system: false,
            type: spec.type === OKTA.passwordPolicyRule ? 'PASSWORD' : 'MFA_ENROLL',
            conditions: { people: { users: { exclude: [] } } },
            actions:
              spec.type === OKTA.passwordPolicyRule
                ? {
                    passwordChange: { access: inputs.passwordChange },
                    selfServicePasswordReset: { access: inputs.passwordReset },
                    selfServiceUnlock: { access: inputs.passwordUnlock },
                  }
                : { enroll: { self: inputs.enroll } },
          });
          created(id, `${policy.id}/${id}`);
          break;
        }
        case OKTA.networkZone: {
          const id = state.nextId('nzo');
          const locations = (inputs.dynamicLocations as string[] | undefined)?.map((l) => {
            const [country, region] = l.split('-');
            return region ? { country, region: l } : { country };
          });
          state.zones.push({
            id,
            name: String(inputs.name),
            type: inputs.type === 'IP' ? 'IP' : 'DYNAMIC',
            usage: inputs.usage === 'BLOCKLIST' ? 'BLOCKLIST' : 'POLICY',
            status: 'ACTIVE',
            system: false,
            ...(inputs.gateways ? { gateways: inputs.gateways as string[] } : {}),
            ...(locations ? { locations } : {}),
            // The provider's `TorAnonymizer` is what Okta's API calls `Tor`.
            ...(inputs.dynamicProxyType
              ? {
                  proxyType:
                    inputs.dynamicProxyType === 'TorAnonymizer' ? 'Tor' : String(inputs.dynamicProxyType),
                }
              : {}),
          });
          created(id);
          break;
        }
        case OKTA.threatInsight: {
          state.threatInsight = {
            action: inputs.action as FakeOktaState['threatInsight']['action'],
            excludeZones: [...((inputs.excludeZones as string[] | undefined) ?? [])],
          };
          created('threat-insight', 'threat_insight_settings');
          break;
        }
        case OKTA.behaviour: {
          const id = state.nextId('abc');
          const type = inputs.type as FakeOktaState['behaviors'][number]['type'];
          state.behaviors.push({
            id,
            name: String(inputs.name),
            type,
            status: 'ACTIVE',
            settings:
              type === 'VELOCITY'
                ? { velocityKph: inputs.velocity }
                : {
                    maxEventsUsedForEvaluation: inputs.numberOfAuthentications,
                    ...(inputs.locationGranularityType
                      ? { granularity: inputs.locationGranularityType }
                      : {}),
                  },
          });
          created(id);
          break;
        }
        case OKTA.securityNotificationEmails:
          // Okta's internal settings API (not in the Management API contract): not simulated; the
          // import adopts the singleton by the provider's fixed id.
          created('security_notification_emails');
          break;
        case OKTA.pushGroup: {
          const app = state.apps.find((a) => a.id === inputs.appId)!;
          const id = state.nextId('gpm');
          app.pushMappings ??= [];
          app.pushMappings.push({
            id,
            sourceGroupId: String(inputs.sourceGroupId),
            targetGroupId: `ic-${id}`,
            status: inputs.status === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
            created: state.timestamp(),
          });
          created(id, `${inputs.appId}/${id}`);
          break;
        }
        case OKTA.logStream: {
          const id = state.nextId('0oa');
          state.logStreams.push({
            id,
            name: String(inputs.name),
            type: 'aws_eventbridge',
            status: 'ACTIVE',
            settings: inputs.settings as Json,
          });
          created(id);
          break;
        }
        default:
          throw new Error(`seed: ${spec.type} is not simulated`);
      }
    }
  }
  return { ids };
}
