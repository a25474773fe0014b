// The Okta log stream's event source name, shared by the Okta program and the AWS event bus.
import { eventSourceName } from '../../lib/naming/okta-event-source';

describe('eventSourceName', () => {
  test('event source names keep to EventBridge’s characters and length', () => {
    expect(eventSourceName('Acme Okta / System Log')).toBe('Acme-Okta---System-Log');
    expect(eventSourceName('x'.repeat(100))).toHaveLength(75);
  });

  test('a name already within the rules is kept as it is', () => {
    expect(eventSourceName('acme-okta_system.log')).toBe('acme-okta_system.log');
  });
});
