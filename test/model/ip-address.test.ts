// IPv4 entries of an Okta IP zone: an address, a CIDR up to /32, or a low-to-high range.
import { isIpZoneEntry } from '../../lib/model/ip-address';

describe('isIpZoneEntry', () => {
  test.each(['192.0.2.1', '203.0.113.0/24', '0.0.0.0/0', '10.0.0.0/32', '198.51.100.1-198.51.100.9'])(
    '%s is accepted',
    (entry) => {
      expect(isIpZoneEntry(entry)).toBe(true);
    },
  );

  test.each([
    '256.0.0.1',
    '203.0.113.0/33',
    '203.0.113.0/',
    '198.51.100.9-198.51.100.1',
    '192.0.2',
    '2001:db8::1',
    'office',
    '01.2.3.4/024',
  ])('%s is rejected', (entry) => {
    expect(isIpZoneEntry(entry)).toBe(false);
  });
});
