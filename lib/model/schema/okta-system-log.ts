// The fields of an Okta System Log event (the LogEvent object of the System Log API, as the
// EventBridge log stream delivers it in `detail`) an alert rule may filter on, with the type
// of each value, so a rule on a misspelt field or a value the field never takes is refused.

export type FieldType =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'eventType' };

const string: FieldType = { kind: 'string' };
const number: FieldType = { kind: 'number' };
const boolean: FieldType = { kind: 'boolean' };
const enumOf = (...values: string[]): FieldType => ({ kind: 'enum', values });

/** Okta event types: dot-separated lowercase words, digits and underscores (`app.oauth2.as.consent.grant`). */
export const OKTA_EVENT_TYPE = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/;

const geo = (at: string): [string, FieldType][] => [
  [`${at}.city`, string],
  [`${at}.state`, string],
  [`${at}.country`, string],
  [`${at}.postalCode`, string],
  [`${at}.geolocation.lat`, number],
  [`${at}.geolocation.lon`, number],
];

const entity = (at: string): [string, FieldType][] => [
  [`${at}.id`, string],
  [`${at}.type`, string],
  [`${at}.alternateId`, string],
  [`${at}.displayName`, string],
];

/** Every fixed field, by its dotted path inside the event. */
export const SYSTEM_LOG_FIELDS: ReadonlyMap<string, FieldType> = new Map<string, FieldType>([
  ['uuid', string],
  ['published', string],
  ['eventType', { kind: 'eventType' }],
  ['version', string],
  ['severity', enumOf('DEBUG', 'INFO', 'WARN', 'ERROR')],
  ['legacyEventType', string],
  ['displayMessage', string],
  ...entity('actor'),
  ['client.userAgent.rawUserAgent', string],
  ['client.userAgent.os', string],
  ['client.userAgent.browser', string],
  ['client.zone', string],
  ['client.device', string],
  ['client.id', string],
  ['client.ipAddress', string],
  ...geo('client.geographicalContext'),
  ['outcome.result', enumOf('SUCCESS', 'FAILURE', 'SKIPPED', 'ALLOW', 'DENY', 'CHALLENGE', 'UNKNOWN')],
  ['outcome.reason', string],
  ...entity('target'),
  ['transaction.type', string],
  ['transaction.id', string],
  ['authenticationContext.authenticationProvider', string],
  ['authenticationContext.credentialProvider', string],
  ['authenticationContext.credentialType', string],
  ['authenticationContext.issuer.id', string],
  ['authenticationContext.issuer.type', string],
  ['authenticationContext.externalSessionId', string],
  ['authenticationContext.interface', string],
  ['authenticationContext.authenticationStep', number],
  ['authenticationContext.rootSessionId', string],
  ['securityContext.asNumber', number],
  ['securityContext.asOrg', string],
  ['securityContext.isp', string],
  ['securityContext.domain', string],
  ['securityContext.isProxy', boolean],
  ['request.ipChain.ip', string],
  ['request.ipChain.version', string],
  ['request.ipChain.source', string],
  ...geo('request.ipChain.geographicalContext'),
]);

/** Free-form maps: any key below them is a field (their values are strings). */
export const SYSTEM_LOG_MAPS = [
  'debugContext.debugData',
  'actor.detailEntry',
  'target.detailEntry',
  'transaction.detail',
] as const;

/** Fields whose value in the event is a list of objects (a rule matches when any item does). */
export const SYSTEM_LOG_LISTS = ['target', 'request.ipChain'] as const;

/** The type of the field at `path`, or undefined when the System Log has no such field. */
export function systemLogField(path: string): FieldType | undefined {
  const fixed = SYSTEM_LOG_FIELDS.get(path);
  if (fixed) return fixed;
  const map = SYSTEM_LOG_MAPS.find((m) => path.startsWith(`${m}.`));
  return map && /^[A-Za-z0-9_]+$/.test(path.slice(map.length + 1)) ? string : undefined;
}

/** True when the field sits inside one of the event's lists (and so cannot be picked by a path). */
export const inSystemLogList = (path: string): boolean =>
  SYSTEM_LOG_LISTS.some((l) => path === l || path.startsWith(`${l}.`));
