// The Okta stacks' root components refuse what would change every URN of a stack or mix
// the owners: a name other than the stack's, another side's specs. (Both throw before the
// component registers, so no Pulumi runtime is needed.)
import { OktaComponent } from '../../lib/okta/program/okta-component';
import type { StackSpec } from '../../lib/okta/spec';
import { OktaItStack } from '../../stacks/okta-it';
import { OktaSecurityStack } from '../../stacks/okta-security';

const spec = (stack: string, side: StackSpec['side']): StackSpec => ({
  stack,
  side,
  lookups: [],
  resources: [],
  outputs: {},
});

describe('Okta stack components', () => {
  test('are named after their stack (the root of every URN in it)', () => {
    expect(() => new OktaItStack('it-people-2', { spec: spec('it-people-1', 'it') })).toThrow(
      'OktaItStack "it-people-2" declares stack it-people-1: name it after its stack',
    );
    expect(() => new OktaSecurityStack('Security', { spec: spec('security', 'security') })).toThrow(
      'OktaSecurityStack "Security" declares stack security: name it after its stack',
    );
  });

  test("declare their own side's specs only", () => {
    expect(() => new OktaItStack('security', { spec: spec('security', 'security') })).toThrow(
      'OktaItStack only declares IT specs, got security stack security',
    );
    expect(() => new OktaSecurityStack('it', { spec: spec('it', 'it') })).toThrow(
      'OktaSecurityStack only declares security specs, got it stack it',
    );
  });

  test("a kind's component is named after its kind (both are in every child's URN)", () => {
    expect(() => new OktaComponent('groups', { kind: 'PrivilegedGroups' })).toThrow(
      'an Okta component of kind PrivilegedGroups is named "privileged-groups", not "groups"',
    );
  });
});
