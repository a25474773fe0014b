// The config files the blueprint reads: where each lives, which side owns it, and its schema.
import type { z } from 'zod';
import { awsAccessFile } from './access';
import { appsFile } from './apps';
import { groupsFile } from './groups';
import { guardrailsFile } from './guardrails';
import { lifecycleFile } from './lifecycle';
import { loggingFile } from './logging';
import { monitoringFile } from './monitoring';
import { orgFile } from './org';
import { peopleFile } from './people';
import { privilegedFile } from './privileged';

export interface ConfigFileSpec {
  readonly path: string;
  readonly side: 'it' | 'security';
  readonly required: boolean;
  readonly schema: z.ZodType;
}

export const CONFIG_FILES = {
  org: { path: 'org.yaml', side: 'security', required: true, schema: orgFile },
  people: { path: 'it/people.yaml', side: 'it', required: false, schema: peopleFile },
  groups: { path: 'it/groups.yaml', side: 'it', required: false, schema: groupsFile },
  apps: { path: 'it/apps.yaml', side: 'it', required: false, schema: appsFile },
  awsAccess: { path: 'it/aws-access.yaml', side: 'it', required: false, schema: awsAccessFile },
  lifecycle: { path: 'it/lifecycle.yaml', side: 'it', required: false, schema: lifecycleFile },
  privileged: { path: 'security/privileged.yaml', side: 'security', required: false, schema: privilegedFile },
  logging: { path: 'security/logging.yaml', side: 'security', required: true, schema: loggingFile },
  monitoring: { path: 'security/monitoring.yaml', side: 'security', required: true, schema: monitoringFile },
  guardrails: { path: 'security/guardrails.yaml', side: 'security', required: false, schema: guardrailsFile },
} as const satisfies Record<string, ConfigFileSpec>;

export type ConfigFileKey = keyof typeof CONFIG_FILES;

/** The parsed (defaults applied) content of every config file. */
export interface ConfigDocs {
  org: z.infer<typeof orgFile>;
  people: z.infer<typeof peopleFile>;
  groups: z.infer<typeof groupsFile>;
  apps: z.infer<typeof appsFile>;
  awsAccess: z.infer<typeof awsAccessFile>;
  lifecycle: z.infer<typeof lifecycleFile>;
  privileged: z.infer<typeof privilegedFile>;
  logging: z.infer<typeof loggingFile>;
  monitoring: z.infer<typeof monitoringFile>;
  guardrails: z.infer<typeof guardrailsFile>;
}
