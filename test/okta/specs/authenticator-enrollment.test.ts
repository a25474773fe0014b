// Authenticator enrollment: admins must enroll FIDO2/WebAuthn, everyone Okta Verify, nobody
// phone or security questions; the admins' policy ranks first and each rule enrolls at sign-in.
import { Lookups } from '../../../lib/okta/lookups';
import { ref } from '../../../lib/okta/spec';
import { authenticatorEnrollmentSpecs } from '../../../lib/okta/specs/authenticator-enrollment';
import { exampleModel } from '../support/example';

const model = exampleModel();

describe('authenticatorEnrollmentSpecs', () => {
  const specs = authenticatorEnrollmentSpecs(model, new Lookups());
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  test('admins: FIDO2/WebAuthn required, first in priority, for the groups holding an admin role', () => {
    expect(spec('authenticator-policy.admins').inputs).toEqual({
      name: 'org-blueprint: admins',
      description:
        'Okta administrators: a FIDO2/WebAuthn authenticator is required; Okta Verify optional; no phone or security question.',
      priority: 1,
      status: 'ACTIVE',
      isOie: true,
      groupsIncluded: [ref('group.okta-admins'), ref('group.okta-helpdesk'), ref('group.security-auditors')],
      webauthn: { enroll: 'REQUIRED' },
      oktaVerify: { enroll: 'OPTIONAL' },
      phoneNumber: { enroll: 'NOT_ALLOWED' },
      securityQuestion: { enroll: 'NOT_ALLOWED' },
    });
  });

  test('everyone: Okta Verify required, WebAuthn optional, via the Everyone group lookup', () => {
    expect(spec('authenticator-policy.everyone').inputs).toMatchObject({
      priority: 2,
      groupsIncluded: [{ $lookup: 'everyone-group', property: 'id' }],
      oktaVerify: { enroll: 'REQUIRED' },
      webauthn: { enroll: 'OPTIONAL' },
      phoneNumber: { enroll: 'NOT_ALLOWED' },
      securityQuestion: { enroll: 'NOT_ALLOWED' },
    });
  });

  test('each policy has one rule that enrolls at sign-in', () => {
    expect(
      specs
        .filter((s) => s.type === 'okta:policy/ruleMfa:RuleMfa')
        .map((s) => [s.name, s.inputs.policyId, s.inputs.priority, s.inputs.enroll]),
    ).toEqual([
      ['authenticator-rule.admins', ref('authenticator-policy.admins'), 1, 'LOGIN'],
      ['authenticator-rule.everyone', ref('authenticator-policy.everyone'), 1, 'LOGIN'],
    ]);
  });

  test('no admin roles, no admin policy', () => {
    expect(authenticatorEnrollmentSpecs({ oktaAdminRoles: [] }, new Lookups()).map((s) => s.name)).toEqual([
      'authenticator-policy.everyone',
      'authenticator-rule.everyone',
    ]);
  });
});
