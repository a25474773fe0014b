// Okta admin roles are privileged: only the security stack may assign them (or define
// custom ones). In an IT stack one means privileged access bypassed Security's review.
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { isItStack, stackOf } from './stack-of';

const ADMIN_ROLE_TYPES = new Set([
  'okta:group/role:Role',
  'okta:index/userAdminRoles:UserAdminRoles',
  'okta:index/adminRoleCustom:AdminRoleCustom',
  'okta:index/adminRoleCustomAssignments:AdminRoleCustomAssignments',
  'okta:index/adminRoleTargets:AdminRoleTargets',
  'okta:app/oauthRoleAssignment:OauthRoleAssignment',
]);

export const isAdminRoleType = (type: string) =>
  ADMIN_ROLE_TYPES.has(type) || /^okta:index\/oauth2V1ClientsRole\w+:/.test(type);

export const adminRolesOnSecuritySide: ResourceValidationPolicy = {
  name: 'okta-admin-roles-on-security-side',
  description: 'Okta admin role assignments may only appear in the security stack.',
  enforcementLevel: 'mandatory',
  validateResource(args, reportViolation) {
    const stack = stackOf(args.urn);
    if (isAdminRoleType(args.type) && isItStack(stack))
      reportViolation(
        `admin role assignment "${args.name}" (${args.type}) is in the IT stack "${stack}": Okta admin roles belong in config/security/privileged.yaml (oktaAdminRoles), deployed by the security stack`,
      );
  },
};
