// IPv4 addresses as Okta's IP network zones take them: an address, a CIDR (`/0`–`/32`) or a
// range (`a-b`, low to high). Pure: no lookups.

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

const toNumber = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);

export function isIpZoneEntry(text: string): boolean {
  if (text.includes('/')) {
    const [ip, bits] = text.split('/');
    return IPV4.test(ip) && /^(?:3[0-2]|[12]?\d)$/.test(bits);
  }
  if (text.includes('-')) {
    const [low, high] = text.split('-');
    return IPV4.test(low) && IPV4.test(high) && toNumber(low) <= toNumber(high);
  }
  return IPV4.test(text);
}
