// Global session policies: admins give MFA at every sign-on and get short sessions, everyone
// gets the default lifetime, and both end after the idle timeout, which is its own setting.
import { Lookups } from '../../../lib/okta/lookups';
import { ref } from '../../../lib/okta/spec';
import { sessionPolicySpecs } from '../../../lib/okta/specs/session-policies';
import { exampleModel } from '../support/example';

const model = exampleModel();

describe('sessionPolicySpecs', () => {
  const lookups = new Lookups();
  const specs = sessionPolicySpecs(model, lookups);
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  test('admins: MFA at every sign-on, sessions as short as guardrails say, first in priority', () => {
    expect(spec('session-policy.admins').inputs).toEqual({
      name: 'org-blueprint: admins',
      description: 'Okta administrators: MFA at every sign-on, sessions of PT1H, ended after PT15M idle.',
      priority: 1,
      status: 'ACTIVE',
      groupsIncluded: [ref('group.okta-admins'), ref('group.okta-helpdesk'), ref('group.security-auditors')],
    });
    expect(spec('session-rule.admins').inputs).toEqual({
      policyId: ref('session-policy.admins'),
      name: 'org-blueprint: admins',
      priority: 1,
      status: 'ACTIVE',
      access: 'ALLOW',
      sessionPersistent: false,
      mfaRequired: true,
      mfaPrompt: 'ALWAYS',
      sessionLifetime: 60,
      sessionIdle: 15,
    });
  });

  test('everyone: the default session length and the same idle timeout, via the Everyone group lookup', () => {
    expect(spec('session-policy.everyone').inputs).toMatchObject({
      description:
        'Everyone: MFA once per session, MFA at a sign-in Okta finds unusual or high-risk, sessions of PT12H, ended after PT15M idle; apps require MFA by risk tier.',
      priority: 2,
      groupsIncluded: [{ $lookup: 'everyone-group', property: 'id' }],
    });
    expect(spec('session-rule.everyone').inputs).toMatchObject({
      mfaRequired: true,
      mfaPrompt: 'SESSION',
      sessionLifetime: 720,
      sessionIdle: 15,
    });
    expect(lookups.list()).toEqual([
      {
        kind: 'invoke',
        name: 'everyone-group',
        token: 'okta:group/getEveryoneGroup:getEveryoneGroup',
        args: {},
      },
    ]);
  });

  test('idle is independent of the lifetime: a long session can still end after a short idle', () => {
    const sessions = { default: 'PT18H', adminConsole: 'PT8H', idle: 'PT30M' };
    const custom = sessionPolicySpecs(
      { ...model, guardrails: { ...model.guardrails, sessions } },
      new Lookups(),
    );
    const rules = custom.filter((s) => s.name.startsWith('session-rule.'));
    expect(rules.map((r) => [r.name, r.inputs.sessionLifetime, r.inputs.sessionIdle])).toEqual([
      ['session-rule.admins', 480, 30],
      ['session-rule.everyone.high-risk', 1080, 30],
      ['session-rule.everyone.unusual', 1080, 30],
      ['session-rule.everyone', 1080, 30],
    ]);
  });

  test('mfa.everySession: false lets everyone establish a session with one factor', () => {
    const mfa = { ...model.guardrails.mfa, everySession: false };
    const rule = sessionPolicySpecs(
      { ...model, guardrails: { ...model.guardrails, mfa } },
      new Lookups(),
    ).find((s) => s.name === 'session-rule.everyone')!;
    expect(rule.inputs.mfaRequired).toBe(false);
    expect(rule.inputs).not.toHaveProperty('mfaPrompt');
  });

  test('no admin roles, no admin policy', () => {
    const names = sessionPolicySpecs({ ...model, oktaAdminRoles: [] }, new Lookups()).map((s) => s.name);
    expect(names).not.toContain('session-policy.admins');
    expect(names).toContain('session-policy.everyone');
  });

  test('a high-risk sign-in gives MFA at that sign-in, ranked first in the everyone policy', () => {
    expect(spec('session-rule.everyone.high-risk').inputs).toEqual({
      policyId: ref('session-policy.everyone'),
      name: 'org-blueprint: everyone, high risk',
      priority: 1,
      status: 'ACTIVE',
      access: 'ALLOW',
      sessionPersistent: false,
      riskLevel: 'HIGH',
      mfaRequired: true,
      mfaPrompt: 'ALWAYS',
      sessionLifetime: 720,
      sessionIdle: 15,
    });
  });

  test('a sign-in showing any of the behaviours gives MFA at that sign-in, ranked second', () => {
    expect(spec('session-rule.everyone.unusual').inputs).toMatchObject({
      name: 'org-blueprint: everyone, unusual sign-in',
      priority: 2,
      access: 'ALLOW',
      behaviors: [
        ref('behaviour.new-country'),
        ref('behaviour.new-device'),
        ref('behaviour.new-ip'),
        ref('behaviour.velocity'),
      ],
      mfaRequired: true,
      mfaPrompt: 'ALWAYS',
    });
    expect(spec('session-rule.everyone').inputs.priority).toBe(3);
  });

  test('signInRisk off (no behaviours, highRiskMfa: false): only the everyone rule, at priority 1', () => {
    const signInRisk = { ...model.guardrails.signInRisk, behaviors: [], highRiskMfa: false };
    const names = sessionPolicySpecs(
      { ...model, guardrails: { ...model.guardrails, signInRisk } },
      new Lookups(),
    )
      .filter((s) => s.name.startsWith('session-rule.everyone') || s.name.startsWith('behaviour.'))
      .map((s) => [s.name, s.inputs.priority]);
    expect(names).toEqual([['session-rule.everyone', 1]]);
  });
});
