// The policies of the pack, in one list (pack.ts serves them; tests run them directly).
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { adminRolesOnSecuritySide } from './rules/admin-roles-on-security-side';
import { identitiesProtected } from './rules/identities-protected';
import { userStatusOwnedByLifecycle } from './rules/user-status-owned-by-lifecycle';

export const POLICIES: readonly ResourceValidationPolicy[] = [
  identitiesProtected,
  adminRolesOnSecuritySide,
  userStatusOwnedByLifecycle,
];
