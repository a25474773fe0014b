// config/it/lifecycle.yaml (IT-owned): birthright groups and the timings of onboarding
// and offboarding.
import { z } from 'zod';
import { duration, id } from './common';

/**
 * The offboarding steps in the order they run: the one list of their names. The runtime
 * (lib/lifecycle/offboarding/offboarding-steps.ts), the routing of steps to functions and
 * the state machines (lib/aws) all read it from here.
 */
export const OFFBOARDING_STEPS = [
  'suspend',
  'clear-sessions',
  'revoke-tokens',
  'reset-factors',
  'transfer-data',
  'remove-groups',
  'unassign-apps',
  'deny-aws',
  'notify',
  'deactivate',
] as const;

export type OffboardingStepName = (typeof OFFBOARDING_STEPS)[number];

/**
 * The onboarding steps in the order they run: the one list of their names, read by the
 * runtime (lib/lifecycle/onboarding/onboarding-steps.ts), the routing of steps to functions
 * and the state machines (lib/aws).
 */
export const ONBOARDING_STEPS = ['activate', 'verify-groups', 'notify-manager'] as const;

export type OnboardingStepName = (typeof ONBOARDING_STEPS)[number];

export const lifecycleFile = z.strictObject({
  birthright: z.array(id).default([]),
  onboarding: z
    .strictObject({
      activateBeforeStart: duration.default('P0D'),
      notifyManager: z.boolean().default(true),
    })
    .default({ activateBeforeStart: 'P0D', notifyManager: true }),
  offboarding: z
    .strictObject({
      gracePeriod: duration.default('P30D'),
      dataTransferTo: z.enum(['manager', 'none']).default('manager'),
      notify: z.array(id).default([]),
    })
    .default({ gracePeriod: 'P30D', dataTransferTo: 'manager', notify: [] }),
});

export type LifecycleFile = z.infer<typeof lifecycleFile>;
