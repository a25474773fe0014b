// Network zones and ThreatInsight from guardrails.yaml `network`: each configured zone (IP
// addresses, or countries for a dynamic zone; a blocklist when `block`), a blocklist zone
// for Tor anonymizers unless `blockAnonymizers: false`, and ThreatInsight's action on
// suspicious IPs, sparing the IP zones marked `threatInsightExempt` (the office).
import type { OrgModel } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref } from '../spec';

export const zoneName = (id: string) => oktaName('network-zone', id);

export function networkSpecs(model: Pick<OrgModel, 'guardrails'>): ResourceSpec[] {
  const { network } = model.guardrails;
  const zones: ResourceSpec[] = network.zones.map((z) => ({
    type: OKTA.networkZone,
    name: zoneName(z.id),
    component: 'Network',
    inputs: {
      name: z.name,
      status: 'ACTIVE',
      usage: z.block ? 'BLOCKLIST' : 'POLICY',
      ...(z.gateways
        ? { type: 'IP', gateways: [...z.gateways] }
        : { type: 'DYNAMIC', dynamicLocations: [...(z.locations ?? [])] }),
    },
    options: {},
  }));
  const anonymizers: ResourceSpec[] = network.blockAnonymizers
    ? [
        {
          type: OKTA.networkZone,
          name: zoneName('anonymizers'),
          component: 'Network',
          inputs: {
            name: 'org-blueprint: anonymizers (blocked)',
            status: 'ACTIVE',
            usage: 'BLOCKLIST',
            type: 'DYNAMIC',
            dynamicProxyType: 'TorAnonymizer',
          },
          options: {},
        },
      ]
    : [];
  const exempt = network.zones.filter((z) => z.threatInsightExempt).map((z) => ref(zoneName(z.id)));
  const threatInsight: ResourceSpec = {
    type: OKTA.threatInsight,
    name: 'threat-insight',
    component: 'Network',
    inputs: { action: network.threatInsight, ...(exempt.length ? { excludeZones: exempt } : {}) },
    options: {},
  };
  return [...zones, ...anonymizers, threatInsight];
}
