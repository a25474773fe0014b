// Authenticator enrollment policies (Identity Engine): which authenticators people must,
// may or may not enroll. Okta administrators must enroll a FIDO2/WebAuthn authenticator
// (phishing-resistant: STIG V-273191, V-273193) and may add Okta Verify; everyone else must
// enroll Okta Verify (FastPass, phishing-resistant on managed devices) and may add
// WebAuthn. Phone (SMS, voice) and security questions are not allowed for anyone: they are
// the phishable factors Okta's hardening guidance retires. Each policy's rule enrolls at
// sign-in, so nobody reaches an app without the authenticator their policy requires.
import type { OrgModel } from '../../model/org-model';
import type { Lookups } from '../lookups';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecObject, type SpecValue } from '../spec';
import { groupName } from './groups';

const enroll = (self: 'REQUIRED' | 'OPTIONAL' | 'NOT_ALLOWED') => ({ enroll: self });

const NEVER: SpecObject = { phoneNumber: enroll('NOT_ALLOWED'), securityQuestion: enroll('NOT_ALLOWED') };

function policy(
  id: string,
  priority: number,
  description: string,
  groups: readonly SpecValue[],
  authenticators: SpecObject,
): ResourceSpec[] {
  const name = oktaName('authenticator-policy', id);
  return [
    {
      type: OKTA.authenticatorPolicy,
      name,
      component: 'AuthenticatorEnrollment',
      inputs: {
        name: `org-blueprint: ${id}`,
        description,
        priority,
        status: 'ACTIVE',
        isOie: true,
        groupsIncluded: groups,
        ...authenticators,
        ...NEVER,
      },
      options: {},
    },
    {
      type: OKTA.authenticatorPolicyRule,
      name: oktaName('authenticator-rule', id),
      component: 'AuthenticatorEnrollment',
      inputs: {
        policyId: ref(name),
        name: `org-blueprint: ${id}`,
        priority: 1,
        status: 'ACTIVE',
        enroll: 'LOGIN',
      },
      options: {},
    },
  ];
}

export function authenticatorEnrollmentSpecs(
  model: Pick<OrgModel, 'oktaAdminRoles'>,
  lookups: Lookups,
): ResourceSpec[] {
  const adminGroups = [...new Set(model.oktaAdminRoles.map((r) => r.group))].sort();
  return [
    ...(adminGroups.length === 0
      ? []
      : policy(
          'admins',
          1,
          'Okta administrators: a FIDO2/WebAuthn authenticator is required; Okta Verify optional; no phone or security question.',
          adminGroups.map((g) => ref(groupName(g))),
          { webauthn: enroll('REQUIRED'), oktaVerify: enroll('OPTIONAL') },
        )),
    ...policy(
      'everyone',
      2,
      'Everyone: Okta Verify is required; FIDO2/WebAuthn optional; no phone or security question.',
      [lookups.everyoneGroup()],
      { oktaVerify: enroll('REQUIRED'), webauthn: enroll('OPTIONAL') },
    ),
  ];
}
