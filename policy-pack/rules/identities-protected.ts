// Users, groups and apps must be protected: deleting one in Okta locks people out (or, for
// a user, erases their account and its history). Removals go through `pulumi state
// unprotect`, a deliberate act, never a config edit that happens to drop a line.
import type { ResourceValidationPolicy } from '@pulumi/policy';

const USER = 'okta:user/user:User';
const GROUP = 'okta:group/group:Group';
/** Every @pulumi/okta app type (not assignments, users or settings of apps). */
const APP = /^okta:app\/(autoLogin|basicAuth|bookmark|oAuth|saml|securePasswordStore|swa|threeField):/;

export function protectedKind(type: string): 'user' | 'group' | 'app' | undefined {
  if (type === USER) return 'user';
  if (type === GROUP) return 'group';
  return APP.test(type) ? 'app' : undefined;
}

export const identitiesProtected: ResourceValidationPolicy = {
  name: 'okta-identities-protected',
  description: 'Okta users, groups and apps must be declared with protect: true.',
  enforcementLevel: 'mandatory',
  validateResource(args, reportViolation) {
    const kind = protectedKind(args.type);
    if (kind && !args.opts.protect)
      reportViolation(
        `${kind} "${args.name}" (${args.type}) is not protected: declare it with protect: true so a removal cannot delete it`,
      );
  },
};
