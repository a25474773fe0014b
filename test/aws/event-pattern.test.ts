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
  // The examples of docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
  // and content-filtering-with-event-patterns.html, each on an event it selects and one it does not.
  test.each([
    [{ state: [{ 'anything-but': 'initializing' }] }, { state: 'running' }, { state: 'initializing' }],
    [{ 'x-limit': [{ 'anything-but': 123 }] }, { 'x-limit': 124 }, { 'x-limit': 123 }],
    [
      { state: [{ 'anything-but': ['stopped', 'overloaded'] }] },
      { state: 'running' },
      { state: 'overloaded' },
    ],
    [{ Region: [{ 'anything-but': { prefix: 'us-' } }] }, { Region: 'eu-west-1' }, { Region: 'us-east-1' }],
    [{ FileName: [{ 'anything-but': { suffix: '.png' } }] }, { FileName: 'a.jpg' }, { FileName: 'a.png' }],
    [
      { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] },
      { state: 'running' },
      { state: 'INITIALIZING' },
    ],
    [
      { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
      { FilePath: '/usr/bin/x' },
      { FilePath: '/usr/lib/x' },
    ],
    [{ Region: [{ prefix: 'us-' }] }, { Region: 'us-east-1' }, { Region: 'eu-west-1' }],
    [
      { time: [{ prefix: '2017-10-02' }] },
      { time: '2017-10-02T18:43:48Z' },
      { time: '2017-10-03T00:00:00Z' },
    ],
    [
      { service: [{ prefix: { 'equals-ignore-case': 'eventb' } }] },
      { service: 'EventBridge' },
      { service: 'Events' },
    ],
    [{ FileName: [{ suffix: '.png' }] }, { FileName: 'image.png' }, { FileName: 'image.PNG' }],
    [
      { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] },
      { FileName: 'image.PNG' },
      { FileName: 'image.jpg' },
    ],
    [{ name: [{ 'equals-ignore-case': 'alice' }] }, { name: 'ALICE' }, { name: 'bob' }],
    [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'c-count': 5 }, { 'c-count': 6 }],
    [{ state: [{ exists: false }] }, { other: 1 }, { state: 'x' }],
    [{ state: [{ exists: true }] }, { state: 'x' }, { other: 1 }],
    [
      { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
      { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/b' },
      { EventBusArn: 'arn:aws:events:eu-west-1:123456789012:event-bus/b' },
    ],
    [
      { Location: ['New York'], Day: ['Monday'] },
      { Location: 'New York', Day: 'Monday' },
      { Location: 'New York', Day: 'Tuesday' },
    ],
    [
      { $or: [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'd-count': [{ numeric: ['<', 10] }] }] },
      { 'd-count': 3 },
      { 'c-count': 9, 'd-count': 11 },
    ],
  ])("AWS's documented example %j", (pattern, selected, notSelected) => {
    expect(matchesPattern({ detail: pattern }, { detail: selected })).toBe(true);
    expect(matchesPattern({ detail: pattern }, { detail: notSelected })).toBe(false);
  });
});
