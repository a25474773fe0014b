// The Okta log stream's event source name, shared by the Okta program and the AWS event bus.
import { eventSourceName } from '../../lib/naming/okta-event-source';
import { providerPattern } from '../okta/support/provider-validations';

describe('eventSourceName', () => {
  test('event source names keep to letters, digits, . and _, and 75 characters', () => {
    expect(eventSourceName('Acme Okta / System Log')).toBe('Acme_Okta___System_Log');
    expect(eventSourceName('acme-okta-system-log')).toBe('acme_okta_system_log');
    expect(eventSourceName('x'.repeat(100))).toHaveLength(75);
  });

  test('a name already within the rules is kept as it is', () => {
    expect(eventSourceName('acme_okta.system_log')).toBe('acme_okta.system_log');
  });

  test("passes the Okta provider's own pattern, which rejects the hyphen EventBridge allows", () => {
    const pattern = providerPattern('okta:index/logStream:LogStream', 'settings.eventSourceName');
    expect(pattern.test('acme-okta-system-log')).toBe(false);
    for (const name of ['acme-okta-system-log', 'Acme Okta / System Log', 'ünïcode', 'x'.repeat(100)])
      expect(pattern.test(eventSourceName(name))).toBe(true);
  });
});
