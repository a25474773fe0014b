// config/security/logging.yaml (security-owned): the organization trail, its log archive
// and the Okta log stream.
import { z } from 'zod';
import { durationSeconds } from '../duration';
import { awsRegion, duration, id, text } from './common';

export const loggingFile = z.strictObject({
  trail: z.strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9._-]{3,128}$/, { error: 'trail names are 3-128 of A-Z a-z 0-9 . _ -' }),
    account: id,
    archiveAccount: id,
    retention: duration.default('P7Y'),
    objectLock: z
      .strictObject({ mode: z.enum(['GOVERNANCE', 'COMPLIANCE']), retention: duration })
      .default({ mode: 'COMPLIANCE', retention: 'P1Y' }),
    cloudWatchRetention: duration.default('P1Y'),
    dataEvents: z.boolean().default(false),
  }),
  oktaLogStream: z
    .strictObject({
      name: text,
      account: id,
      region: awsRegion,
      /** How long the EventBridge archive keeps every Okta event (replayable); at least a day. */
      archiveRetention: duration
        .refine((d) => (durationSeconds(d) ?? 86400) >= 86400, {
          error: 'archives keep events for whole days: at least "P1D", e.g. "P1Y"',
        })
        .default('P1Y'),
    })
    .optional(),
});

export type LoggingFile = z.infer<typeof loggingFile>;
