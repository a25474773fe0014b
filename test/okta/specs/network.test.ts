// Network zones and ThreatInsight: configured IP and dynamic zones, a blocklist for
// anonymizers, and ThreatInsight blocking suspicious IPs except from the exempt IP zones.
import { ref } from '../../../lib/okta/spec';
import { networkSpecs } from '../../../lib/okta/specs/network';
import { exampleModel } from '../support/example';

const model = exampleModel();
const withNetwork = (network: Partial<(typeof model)['guardrails']['network']>) => ({
  guardrails: { ...model.guardrails, network: { ...model.guardrails.network, ...network } },
});

describe('networkSpecs', () => {
  test('the example: the offices zone, the anonymizer blocklist, ThreatInsight blocking except the offices', () => {
    expect(networkSpecs(model).map((s) => [s.type, s.name, s.inputs])).toEqual([
      [
        'okta:network/zone:Zone',
        'network-zone.offices',
        {
          name: 'Acme offices',
          status: 'ACTIVE',
          usage: 'POLICY',
          type: 'IP',
          gateways: ['203.0.113.0/24', '198.51.100.10'],
        },
      ],
      [
        'okta:network/zone:Zone',
        'network-zone.anonymizers',
        {
          name: 'org-blueprint: anonymizers (blocked)',
          status: 'ACTIVE',
          usage: 'BLOCKLIST',
          type: 'DYNAMIC',
          dynamicProxyType: 'TorAnonymizer',
        },
      ],
      [
        'okta:index/threatInsightSettings:ThreatInsightSettings',
        'threat-insight',
        { action: 'block', excludeZones: [ref('network-zone.offices')] },
      ],
    ]);
  });

  test('a blocked dynamic zone of countries; no anonymizer zone when turned off; audit only', () => {
    const specs = networkSpecs(
      withNetwork({
        threatInsight: 'audit',
        blockAnonymizers: false,
        zones: [
          {
            id: 'embargoed',
            name: 'Embargoed',
            locations: ['KP', 'IR'],
            block: true,
            threatInsightExempt: false,
          },
        ],
      }),
    );
    expect(specs.map((s) => [s.name, s.inputs])).toEqual([
      [
        'network-zone.embargoed',
        {
          name: 'Embargoed',
          status: 'ACTIVE',
          usage: 'BLOCKLIST',
          type: 'DYNAMIC',
          dynamicLocations: ['KP', 'IR'],
        },
      ],
      ['threat-insight', { action: 'audit' }],
    ]);
  });
});
