// What the import keeps from a config folder that already exists (an earlier import, `blueprint
// init`, or `blueprint import okta`): the org's name, the config ids and roles of accounts and
// OUs (matched by their AWS ids), the groups (matched by display name, the name Okta pushes to
// Identity Center) and their side, which accounts logging and monitoring name, and the
// guardrails' extra privileged policies. Read leniently: a file that is missing or does not
// parse contributes nothing, since the import is what makes the folder whole.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guardrailsFile } from '../../model/schema/guardrails';

export interface ExistingConfig {
  readonly orgName?: string;
  readonly homeRegion?: string;
  readonly accounts: readonly { readonly id: string; readonly accountId: string; readonly role?: string }[];
  readonly ous: readonly { readonly id: string; readonly name?: string; readonly ouId?: string }[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly side: 'it' | 'security';
  }[];
  /** Account config id → the role logging.yaml or monitoring.yaml gives it. */
  readonly rolesNamedElsewhere: ReadonlyMap<string, 'log-archive' | 'audit'>;
  /** guardrails.yaml privilegedAccess.policies (its default when the file does not say). */
  readonly privilegedPolicies: readonly string[];
  /** guardrails.yaml privilegedAccess.maxSessionDuration (likewise). */
  readonly maxPrivilegedSession: string;
}

// biome-ignore lint/suspicious/noExplicitAny: untyped YAML, read defensively
function read(dir: string, file: string): any {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: untyped YAML
const list = (v: any): any[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function readExistingConfig(dir: string): ExistingConfig {
  const org = read(dir, 'org.yaml') ?? {};
  const groups = read(dir, 'it/groups.yaml') ?? {};
  const privileged = read(dir, 'security/privileged.yaml') ?? {};
  const logging = read(dir, 'security/logging.yaml') ?? {};
  const monitoring = read(dir, 'security/monitoring.yaml') ?? {};
  const guardrails = read(dir, 'security/guardrails.yaml') ?? {};
  const roles = new Map<string, 'log-archive' | 'audit'>();
  const archive = str(logging?.trail?.archiveAccount);
  if (archive) roles.set(archive, 'log-archive');
  const audit = str(monitoring?.auditAccount);
  if (audit) roles.set(audit, 'audit');
  const policies = guardrails?.privilegedAccess?.policies;
  const defaults = guardrailsFile.parse({}).privilegedAccess;
  const maxSession = guardrails?.privilegedAccess?.maxSessionDuration;
  return {
    ...(str(org.name) ? { orgName: org.name } : {}),
    ...(str(org.aws?.homeRegion) ? { homeRegion: org.aws.homeRegion } : {}),
    accounts: list(org.aws?.accounts)
      .filter((a) => str(a?.id) && str(a?.accountId))
      .map((a) => ({ id: a.id, accountId: a.accountId, ...(str(a.role) ? { role: a.role } : {}) })),
    ous: list(org.aws?.ous)
      .filter((o) => str(o?.id))
      .map((o) => ({
        id: o.id,
        ...(str(o.name) ? { name: o.name } : {}),
        ...(str(o.ouId) ? { ouId: o.ouId } : {}),
      })),
    groups: [
      ...list(groups.groups).map((g) => ({ g, side: g?.privileged === true ? 'security' : 'it' }) as const),
      ...list(privileged.groups).map((g) => ({ g, side: 'security' }) as const),
    ]
      .filter(({ g }) => str(g?.id) && str(g?.name))
      .map(({ g, side }) => ({ id: g.id, name: g.name, side })),
    rolesNamedElsewhere: roles,
    privilegedPolicies: Array.isArray(policies)
      ? policies.filter((p: unknown) => typeof p === 'string')
      : defaults.policies,
    maxPrivilegedSession: str(maxSession) ?? defaults.maxSessionDuration,
  };
}
