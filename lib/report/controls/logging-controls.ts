// Logging controls: the organization trail, its integrity and encryption, the immutable
// log archive, and the Okta System Log stream (lib/aws/org-trail.ts, log-archive.ts;
// lib/okta log stream).
import type { Control } from './control';

const AREA = 'Logging';

export const LOGGING_CONTROLS: readonly Control[] = [
  {
    id: 'org-trail',
    area: AREA,
    title: 'An organization trail records management events in every account and region',
    soc2: ['CC7.2'],
    iso27001: ['A.8.15'],
    cis: ['3.1'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('logging', 'trail', 'name'),
      resource: 'AWS::CloudTrail::Trail (organization trail, multi-region) + AWS::Logs::LogGroup',
      notes: `trail ${model.logging.trail.name} in ${model.logging.trail.account}, CloudWatch Logs kept ${model.logging.trail.cloudWatchRetention}`,
    }),
  },
  {
    id: 'log-file-validation',
    area: AREA,
    title: 'Trail log files carry signed digests, so tampering is detectable',
    soc2: ['CC7.2'],
    iso27001: ['A.8.15'],
    cis: ['3.2'],
    assess: ({ line }) => ({
      implemented: true,
      config: line('logging', 'trail', 'name'),
      resource: 'AWS::CloudTrail::Trail (EnableLogFileValidation: true)',
      notes: 'always on for the organization trail',
    }),
  },
  {
    id: 'log-encryption',
    area: AREA,
    title: 'Trail logs are encrypted with a customer-managed key that rotates',
    soc2: ['CC6.1'],
    iso27001: ['A.8.24'],
    cis: ['3.5', '3.6'],
    assess: ({ line }) => ({
      implemented: true,
      config: line('logging', 'trail', 'name'),
      resource: 'AWS::KMS::Key (trail key, EnableKeyRotation: true)',
      notes: 'key retained on stack deletion',
    }),
  },
  {
    id: 'log-archive',
    area: AREA,
    title: 'Logs are kept immutable in a separate log archive account for the retention period',
    soc2: ['CC7.2'],
    iso27001: ['A.8.15', 'A.5.33'],
    cis: ['3.4'],
    assess: ({ model, line }) => {
      const t = model.logging.trail;
      return {
        implemented: true,
        config: line('logging', 'trail', 'objectLock'),
        resource: 'AWS::S3::Bucket (object lock, versioned, KMS-encrypted, SSL-only, server access logging)',
        notes: `archive in ${t.archiveAccount}: object lock ${t.objectLock.mode} ${t.objectLock.retention}, kept ${t.retention}`,
      };
    },
  },
  {
    id: 'okta-log-stream',
    area: AREA,
    title: "Okta's System Log is streamed to AWS",
    soc2: ['CC7.2'],
    iso27001: ['A.8.15'],
    cis: [],
    stig: ['V-273202'],
    assess: ({ model, line, file }) => {
      const stream = model.logging.oktaLogStream;
      return stream
        ? {
            implemented: true,
            config: line('logging', 'oktaLogStream'),
            resource: 'okta:index/logStream:LogStream → AWS::Events::EventBus (Okta partner event source)',
            notes: `stream ${stream.name} to ${stream.account} in ${stream.region}`,
          }
        : {
            implemented: false,
            config: file('logging'),
            resource: 'none',
            notes: 'no oktaLogStream in logging.yaml: Okta activity is not collected',
          };
    },
  },
];
