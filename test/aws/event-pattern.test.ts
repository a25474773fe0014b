// The test matcher of EventBridge event patterns, against the examples of EventBridge's
// documentation (event patterns, content filtering operators).
import { matchesPattern } from '../../bench/detection-baseline/event-pattern';

const event = {
  source: 'aws.partner/okta.com/acme/stream',
  detail: {
    eventType: 'user.session.start',
    outcome: { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' },
    securityContext: { isProxy: true, asNumber: 13335 },
    target: [
      { type: 'AppInstance', displayName: 'Okta Admin Console' },
      { type: 'User', alternateId: 'jane@example.com' },
    ],
    debugContext: { debugData: { requestUri: '/api/v1/admin/users', behaviors: '{New IP=POSITIVE}' } },
    client: { zone: null },
  },
};

const m = (detail: Record<string, unknown>) => matchesPattern({ detail }, event);

describe('matchesPattern (EventBridge semantics)', () => {
  test('exact values: a list means one of them; every field must match', () => {
    expect(m({ eventType: ['user.session.start', 'x.y'] })).toBe(true);
    expect(m({ eventType: ['user.session.end'] })).toBe(false);
    expect(m({ eventType: ['user.session.start'], outcome: { result: ['SUCCESS'] } })).toBe(false);
    expect(m({ securityContext: { isProxy: [true] } })).toBe(true);
    expect(m({ securityContext: { isProxy: ['true'] } })).toBe(false);
    expect(m({ client: { zone: [null] } })).toBe(true);
  });

  test('prefix, suffix, equals-ignore-case and wildcard (with an escaped star)', () => {
    expect(m({ eventType: [{ prefix: 'user.' }] })).toBe(true);
    expect(m({ eventType: [{ prefix: { 'equals-ignore-case': 'USER.' } }] })).toBe(true);
    expect(m({ eventType: [{ suffix: '.start' }] })).toBe(true);
    expect(m({ outcome: { result: [{ 'equals-ignore-case': 'failure' }] } })).toBe(true);
    expect(m({ debugContext: { debugData: { requestUri: [{ wildcard: '*admin*' }] } } })).toBe(true);
    expect(m({ debugContext: { debugData: { requestUri: [{ wildcard: '/api/*/users' }] } } })).toBe(true);
    expect(m({ debugContext: { debugData: { requestUri: [{ wildcard: 'admin*' }] } } })).toBe(false);
    expect(matchesPattern({ a: [{ wildcard: 'x\\*y' }] }, { a: 'x*y' })).toBe(true);
    expect(matchesPattern({ a: [{ wildcard: 'x\\*y' }] }, { a: 'xzy' })).toBe(false);
    expect(m({ eventType: [{ prefix: 'user.' }], securityContext: { asNumber: [{ prefix: '1' }] } })).toBe(
      false,
    );
  });

  test('anything-but: values, prefix and wildcards; the field must be present', () => {
    expect(m({ outcome: { result: [{ 'anything-but': ['SUCCESS', 'ALLOW'] }] } })).toBe(true);
    expect(m({ outcome: { result: [{ 'anything-but': 'FAILURE' }] } })).toBe(false);
    expect(m({ eventType: [{ 'anything-but': { prefix: 'user.' } }] })).toBe(false);
    expect(
      matchesPattern({ id: [{ 'anything-but': { wildcard: ['0oa*', '*@*.*'] } }] }, { id: 'Hunter2!' }),
    ).toBe(true);
    expect(
      matchesPattern({ id: [{ 'anything-but': { wildcard: ['0oa*', '*@*.*'] } }] }, { id: 'a@b.co' }),
    ).toBe(false);
    expect(
      matchesPattern({ id: [{ 'anything-but': { wildcard: ['0oa*', '*@*.*'] } }] }, { id: '0oa1xyz' }),
    ).toBe(false);
    expect(matchesPattern({ id: [{ 'anything-but': ['x'] }] }, {})).toBe(false);
  });

  test('exists, numeric', () => {
    expect(m({ outcome: { reason: [{ exists: true }] } })).toBe(true);
    expect(m({ outcome: { missing: [{ exists: false }] } })).toBe(true);
    expect(m({ outcome: { reason: [{ exists: false }] } })).toBe(false);
    expect(m({ nothing: { here: [{ exists: false }] } })).toBe(true);
    expect(m({ securityContext: { asNumber: [{ numeric: ['>', 0, '<=', 13335] }] } })).toBe(true);
    expect(m({ securityContext: { asNumber: [{ numeric: ['<', 100] }] } })).toBe(false);
  });

  test('lists in the event: one item must match the whole sub-pattern', () => {
    expect(m({ target: { displayName: ['Okta Admin Console'] } })).toBe(true);
    expect(m({ target: { type: ['User'], alternateId: [{ suffix: '@example.com' }] } })).toBe(true);
    expect(m({ target: { type: ['AppInstance'], alternateId: [{ suffix: '@example.com' }] } })).toBe(false);
  });

  test('$or: one alternative must match, together with the other fields', () => {
    const behaviours = {
      eventType: ['user.session.start'],
      $or: [
        { debugContext: { debugData: { behaviors: [{ wildcard: '*POSITIVE*' }] } } },
        { debugContext: { debugData: { logOnlySecurityData: [{ wildcard: '*POSITIVE*' }] } } },
      ],
    };
    expect(m(behaviours)).toBe(true);
    expect(m({ ...behaviours, eventType: ['user.session.end'] })).toBe(false);
    expect(m({ $or: [{ eventType: ['a.b'] }, { outcome: { result: ['SUCCESS'] } }] })).toBe(false);
  });

  test('an operator it does not know fails loudly', () => {
    expect(() => m({ client: { ipAddress: [{ cidr: '10.0.0.0/8' }] } })).toThrow(
      'event-pattern: unsupported operator cidr',
    );
  });
});
