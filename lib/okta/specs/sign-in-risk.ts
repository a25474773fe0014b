// Okta behaviour detection from guardrails.yaml `signInRisk`: one Okta behaviour per listed
// kind (a new country, state, city, device or IP compared with the last `recentSignIns`
// sign-ins, or impossible travel faster than `velocityKmh`). The global session policy for
// everyone (session-policies.ts) ranks two rules above its own: a sign-in showing any of these
// behaviours (Okta ORs them), or one Okta's risk scoring rates high, gives MFA at that sign-in.
// Okta never denies on a behaviour (only MFA can fail), so the rules allow, with MFA.
import type { OrgModel } from '../../model/org-model';
import type { SIGN_IN_BEHAVIORS } from '../../model/schema/guardrails';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec, SpecObject } from '../spec';

export type SignInBehavior = (typeof SIGN_IN_BEHAVIORS)[number];

/** Okta's default for impossible travel, km/h (the Management API's `velocityKph`). */
export const DEFAULT_VELOCITY_KMH = 805;

export const behaviourName = (b: SignInBehavior) => oktaName('behaviour', b);

/** The name a behaviour has in Okta (the import adopts it by this name). */
export const behaviourLabel = (b: SignInBehavior) => `org-blueprint: ${b.replace('-', ' ')}`;

type SignInRisk = OrgModel['guardrails']['signInRisk'];

const LOCATION = { 'new-country': 'COUNTRY', 'new-state': 'SUBDIVISION', 'new-city': 'CITY' } as const;

function behaviourInputs(b: SignInBehavior, risk: SignInRisk): SpecObject {
  const history = { numberOfAuthentications: risk.recentSignIns };
  switch (b) {
    case 'new-country':
    case 'new-state':
    case 'new-city':
      return { type: 'ANOMALOUS_LOCATION', locationGranularityType: LOCATION[b], ...history };
    case 'new-device':
      return { type: 'ANOMALOUS_DEVICE', ...history };
    case 'new-ip':
      return { type: 'ANOMALOUS_IP', ...history };
    case 'velocity':
      return { type: 'VELOCITY', velocity: risk.velocityKmh ?? DEFAULT_VELOCITY_KMH };
  }
}

export function behaviourSpecs(model: Pick<OrgModel, 'guardrails'>): ResourceSpec[] {
  const risk = model.guardrails.signInRisk;
  return [...risk.behaviors].sort().map((b) => ({
    type: OKTA.behaviour,
    name: behaviourName(b),
    component: 'SignInRisk',
    inputs: { name: behaviourLabel(b), status: 'ACTIVE', ...behaviourInputs(b, risk) },
    options: {},
  }));
}
