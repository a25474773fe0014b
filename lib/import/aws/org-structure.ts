// The organization's OUs and accounts as org.yaml lists them: flat OUs, accounts under their
// config ids (kept from the folder by AWS id, OUs also by name), roles from the folder and
// management from AWS; what AWS lacks or the config cannot say becomes a finding.
import { byId, claim, slugOf } from './config-ids';
import type { ExistingConfig } from './existing-config';
import type { ConfigAccount, ConfigOu, ImportFinding } from './imported-aws';
import type { IdentityCenterSnapshot } from './snapshot';

export function orgStructure(
  organization: IdentityCenterSnapshot['organization'],
  existing: ExistingConfig,
  findings: ImportFinding[],
): { ous: ConfigOu[]; accounts: ConfigAccount[]; accountById: Map<string, ConfigAccount> } {
  // --- OUs: flat, each under its own config id (kept when the folder already has it) ---
  const ouTaken = new Set(existing.ous.map((o) => o.id));
  const ouIds = new Map<string, string>();
  for (const ou of organization.ous) {
    // By AWS id, else by name for an OU the folder lists without one (as `blueprint init` writes).
    const known =
      existing.ous.find((o) => o.ouId === ou.ouId) ??
      existing.ous.find(
        (o) => o.ouId === undefined && o.name === ou.name && ![...ouIds.values()].includes(o.id),
      );
    if (known) ouIds.set(ou.ouId, known.id);
  }
  for (const ou of organization.ous)
    if (!ouIds.has(ou.ouId)) ouIds.set(ou.ouId, claim(slugOf(ou.name), ouTaken));
  const ous: ConfigOu[] = organization.ous
    .map((ou) => ({ id: ouIds.get(ou.ouId)!, name: ou.name, ouId: ou.ouId }))
    .sort(byId);
  for (const ou of organization.ous) {
    const parent = organization.ous.find((p) => p.ouId === ou.parentId);
    if (parent)
      findings.push({
        kind: 'not-representable',
        subject: 'OU',
        item: `OU "${ou.name}" (${ou.ouId})`,
        message: `it is nested in OU "${parent.name}"; the config's OUs are flat, so it is listed on its own and the nesting is not represented (the guardrail SCPs attach to every listed OU either way)`,
        place: { file: 'org', list: 'ous', key: ouIds.get(ou.ouId)! },
      });
  }

  // --- accounts: config ids kept by account id; roles from the folder, management from AWS ---
  const prefix = existing.orgName ? `${existing.orgName} ` : undefined;
  const accountTaken = new Set(existing.accounts.map((a) => a.id));
  const accountIds = new Map<string, string>();
  for (const a of organization.accounts) {
    const known = existing.accounts.find((e) => e.accountId === a.accountId);
    if (known) accountIds.set(a.accountId, known.id);
  }
  const accounts: ConfigAccount[] = [];
  for (const a of organization.accounts) {
    if (a.status !== 'ACTIVE') {
      findings.push({
        kind: 'not-representable',
        subject: 'account',
        item: `account "${a.name}" (${a.accountId})`,
        message: `it is ${a.status}; the config lists active accounts only, so it is left out`,
        place: { file: 'org', list: 'accounts' },
      });
      continue;
    }
    const name = prefix && a.name.startsWith(prefix) ? a.name.slice(prefix.length) : a.name;
    const id = accountIds.get(a.accountId) ?? claim(slugOf(name), accountTaken);
    accountIds.set(a.accountId, id);
    const known = existing.accounts.find((e) => e.accountId === a.accountId)?.role;
    const role =
      a.accountId === organization.managementAccountId
        ? 'management'
        : ((known as ConfigAccount['role'] | undefined) ??
          existing.rolesNamedElsewhere.get(id) ??
          'workload');
    const ou = ouIds.get(a.parentId);
    accounts.push({
      id,
      name: a.name,
      accountId: a.accountId,
      email: a.email,
      ...(ou ? { ou } : {}),
      role,
    });
  }
  accounts.sort(byId);
  // What the folder lists but the organization does not have (e.g. `blueprint init`'s
  // placeholders) is replaced, and said so.
  for (const e of existing.accounts)
    if (!organization.accounts.some((a) => a.accountId === e.accountId))
      findings.push({
        kind: 'decision',
        subject: 'account',
        item: `account "${e.id}" (${e.accountId}) of org.yaml`,
        message: `it is not in the organization, so the accounts AWS has replace it: point what names "${e.id}" (logging.yaml, monitoring.yaml, grants) at one of them`,
        place: { file: 'org', list: 'accounts' },
      });
  for (const role of ['log-archive', 'audit'] as const)
    if (!accounts.some((a) => a.role === role))
      findings.push({
        kind: 'decision',
        subject: 'account',
        item: `the ${role} account`,
        message: `AWS does not say which account is the ${role} account: set role: ${role} on it (logging.yaml and monitoring.yaml name it too)`,
        place: { file: 'org', list: 'accounts' },
      });
  const accountById = new Map(accounts.map((a) => [a.accountId, a]));

  return { ous, accounts, accountById };
}
