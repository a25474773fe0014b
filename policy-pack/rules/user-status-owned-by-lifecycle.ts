// Okta users must ignore status changes: the joiner/mover/leaver lifecycle owns a user's
// status once it exists (onboarding activates, offboarding suspends and deactivates), so a
// deploy or drift run that set status from the config would re-activate a leaver.
import type { ResourceValidationPolicy } from '@pulumi/policy';

const USER = 'okta:user/user:User';

export const userStatusOwnedByLifecycle: ResourceValidationPolicy = {
  name: 'okta-user-status-owned-by-lifecycle',
  description: 'Okta users must be declared with ignoreChanges: ["status"] (the lifecycle owns status).',
  enforcementLevel: 'mandatory',
  validateResource(args, reportViolation) {
    if (args.type === USER && !(args.opts.ignoreChanges ?? []).includes('status'))
      reportViolation(
        `user "${args.name}" does not ignore status changes: declare it with ignoreChanges: ["status"] so a deploy cannot re-activate someone the lifecycle suspended`,
      );
  },
};
