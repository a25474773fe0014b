// Okta behaviour detection: one behaviour per kind listed in guardrails.yaml `signInRisk`,
// with the history and the impossible-travel speed it sets (Okta's defaults otherwise).
import type { OrgModel } from '../../../lib/model/org-model';
import { behaviourSpecs } from '../../../lib/okta/specs/sign-in-risk';
import { exampleModel } from '../support/example';

const model = exampleModel();
const withRisk = (risk: Partial<OrgModel['guardrails']['signInRisk']>) => ({
  guardrails: { ...model.guardrails, signInRisk: { ...model.guardrails.signInRisk, ...risk } },
});

describe('behaviourSpecs', () => {
  test('by default: a new country, device or IP against the last 20 sign-ins, and travel over 805 km/h', () => {
    expect(behaviourSpecs(model).map((s) => [s.name, s.type, s.inputs])).toEqual([
      [
        'behaviour.new-country',
        'okta:index/behaviour:Behaviour',
        {
          name: 'org-blueprint: new country',
          status: 'ACTIVE',
          type: 'ANOMALOUS_LOCATION',
          locationGranularityType: 'COUNTRY',
          numberOfAuthentications: 20,
        },
      ],
      [
        'behaviour.new-device',
        'okta:index/behaviour:Behaviour',
        {
          name: 'org-blueprint: new device',
          status: 'ACTIVE',
          type: 'ANOMALOUS_DEVICE',
          numberOfAuthentications: 20,
        },
      ],
      [
        'behaviour.new-ip',
        'okta:index/behaviour:Behaviour',
        {
          name: 'org-blueprint: new ip',
          status: 'ACTIVE',
          type: 'ANOMALOUS_IP',
          numberOfAuthentications: 20,
        },
      ],
      [
        'behaviour.velocity',
        'okta:index/behaviour:Behaviour',
        { name: 'org-blueprint: velocity', status: 'ACTIVE', type: 'VELOCITY', velocity: 805 },
      ],
    ]);
  });

  test('a new state or city is a location at that granularity; recentSignIns and velocityKmh are used', () => {
    const specs = behaviourSpecs(
      withRisk({ behaviors: ['velocity', 'new-city', 'new-state'], recentSignIns: 50, velocityKmh: 1000 }),
    );
    expect(
      specs.map((s) => [
        s.name,
        s.inputs.locationGranularityType,
        s.inputs.numberOfAuthentications,
        s.inputs.velocity,
      ]),
    ).toEqual([
      ['behaviour.new-city', 'CITY', 50, undefined],
      ['behaviour.new-state', 'SUBDIVISION', 50, undefined],
      ['behaviour.velocity', undefined, undefined, 1000],
    ]);
  });

  test('no behaviours listed: none declared', () => {
    expect(behaviourSpecs(withRisk({ behaviors: [] }))).toEqual([]);
  });
});
