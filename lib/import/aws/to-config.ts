// Turns an Identity Center snapshot into the blueprint's AWS config, by the blueprint's own
// rules: a permission set is Security's (config/security/privileged.yaml) when the model would
// call its policies privileged (lib/model/privileged-policy.ts), when it reaches the
// management, log-archive or audit account (any access there is privileged), or when a
// privileged group holds it (Security's grants use only Security's sets); every other set is
// IT's. What a person must decide becomes a finding of kind "decision" (a `# TODO(import)`
// comment where it applies); what the config cannot say, "not-representable" (reported, and
// kept out of the adoption so that no deploy silently changes it). Pure: same snapshot, same
// output, sorted.
import { itAccessCeilingName } from '../../aws/it-access-ceiling';
import { durationSeconds } from '../../model/duration';
import { SENSITIVE_ACCOUNT_ROLES } from '../../model/privilege-escalation';
import { privilegeOfPolicy } from '../../model/privileged-policy';
import { type InlinePolicy, inlinePolicy as inlinePolicySchema } from '../../model/schema/access';
import type { ExistingConfig } from './existing-config';
import type { IdentityCenterSnapshot, SnapshotPermissionSet } from './snapshot';

export type ImportSubject = 'permission set' | 'assignment' | 'account' | 'OU';
export const IMPORT_SUBJECTS: readonly ImportSubject[] = ['permission set', 'assignment', 'account', 'OU'];

/** Where a finding's `# TODO(import)` comment goes: before an item of a list (or the list). */
export interface FindingPlace {
  readonly file: 'org' | 'awsAccess' | 'privileged';
  readonly list: 'permissionSets' | 'grants' | 'accounts' | 'ous';
  /** The item's id, or `group/permissionSet` for a grant; absent: the list itself. */
  readonly key?: string;
}

export interface ImportFinding {
  readonly kind: 'decision' | 'not-representable';
  readonly subject: ImportSubject;
  /** The item in AWS's words, e.g. `permission set "AdministratorAccess"`. */
  readonly item: string;
  readonly message: string;
  readonly place?: FindingPlace;
  /** How many items of the subject it concerns (assignments of a grant). @default 1 */
  readonly count?: number;
}

export interface ConfigPermissionSet {
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
  readonly sessionDuration: string;
  readonly relayState?: string;
  readonly managedPolicies: readonly string[];
  readonly inlinePolicy?: InlinePolicy;
}

export interface ConfigGrant {
  readonly group: string;
  readonly permissionSet: string;
  readonly accounts: readonly string[];
}

export interface ConfigAccount {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly email: string;
  readonly ou?: string;
  readonly role: 'management' | 'log-archive' | 'audit' | 'workload';
}

export interface ConfigOu {
  readonly id: string;
  readonly name: string;
  readonly ouId: string;
}

/** The Identity Center ids the first deploy adopts instead of creating. */
export interface AdoptionIds {
  readonly instanceArn: string;
  /** Permission set config id → ARN. */
  readonly permissionSets: Readonly<Record<string, string>>;
  /** `group/permissionSet/account` (config ids) → the assignment's principal and target. */
  readonly assignments: Readonly<
    Record<
      string,
      { readonly principalId: string; readonly accountId: string; readonly permissionSetArn: string }
    >
  >;
}

export interface ImportedAws {
  readonly org: {
    readonly organizationId: string;
    readonly homeRegion: string;
    readonly identityCenter: { readonly instanceArn: string; readonly identityStoreId: string };
    readonly ous: readonly ConfigOu[];
    readonly accounts: readonly ConfigAccount[];
  };
  readonly it: {
    readonly permissionSets: readonly ConfigPermissionSet[];
    readonly grants: readonly ConfigGrant[];
  };
  readonly security: {
    readonly permissionSets: readonly ConfigPermissionSet[];
    readonly grants: readonly ConfigGrant[];
  };
  /** Permission set id → why it is Security's. */
  readonly privilegedBecause: Readonly<Record<string, string>>;
  readonly findings: readonly ImportFinding[];
  /** Items read per subject. */
  readonly read: Readonly<Record<ImportSubject, number>>;
  readonly adoption: AdoptionIds;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A config id from a display name: `AdministratorAccess` → `administrator-access`. */
export function slugOf(text: string, max = 64): string {
  const slug = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}

/** `base`, or `base-2`, `base-3`, … when taken; recorded as taken. */
function claim(base: string, taken: Set<string>, max = 64): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, max - `-${n}`.length)}-${n}`;
  taken.add(id);
  return id;
}

export function toConfig(snapshot: IdentityCenterSnapshot, existing: ExistingConfig): ImportedAws {
  const findings: ImportFinding[] = [];
  const { organization } = snapshot;

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

  // --- groups: by display name, the name Okta pushes ---
  const groupTaken = new Set(existing.groups.map((g) => g.id));
  const groupOf = new Map<string, { id: string; side?: 'it' | 'security'; known: boolean; name: string }>();
  for (const [principalId, displayName] of [...snapshot.groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const known = existing.groups.find((g) => g.name === displayName);
    groupOf.set(
      principalId,
      known
        ? { id: known.id, side: known.side, known: true, name: displayName }
        : { id: claim(slugOf(displayName), groupTaken), known: false, name: displayName },
    );
  }

  // --- permission sets: what the config can say about each ---
  const setTaken = new Set<string>();
  const sets = [...snapshot.permissionSets].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const converted = new Map<
    string,
    { set: ConfigPermissionSet; source: SnapshotPermissionSet; blocked: boolean }
  >();
  for (const ps of sets) {
    const item = `permission set "${ps.name}"`;
    const asId = ID.test(ps.name) && ps.name.length <= 32 ? ps.name : undefined;
    const id = claim(asId ?? slugOf(ps.name, 32), setTaken, 32);
    let blocked = false;
    const unrepresentable = (message: string) => {
      blocked = true;
      findings.push({
        kind: 'not-representable',
        subject: 'permission set',
        item,
        message,
        place: { file: 'awsAccess', list: 'permissionSets', key: id },
      });
    };
    let inline: InlinePolicy | undefined;
    if (ps.inlinePolicy !== undefined) {
      const parsed = parseInlinePolicy(ps.inlinePolicy);
      if (typeof parsed === 'string')
        unrepresentable(
          `its inline policy cannot be written as inlinePolicy (${parsed}); it is not imported`,
        );
      else inline = parsed;
    }
    let relayState = ps.relayState;
    if (relayState !== undefined && !/^https:\/\/[^\s/$.?#][^\s]*$/.test(relayState)) {
      unrepresentable(
        `its relay state ${JSON.stringify(relayState)} is not an https URL; it is not imported`,
      );
      relayState = undefined;
    }
    const customer = ps.customerManagedPolicies.map(
      (c) => `arn:aws:iam::${organization.managementAccountId}:policy${c.path}${c.name}`,
    );
    converted.set(ps.arn, {
      source: ps,
      blocked,
      set: {
        id,
        ...(id === ps.name ? {} : { name: ps.name }),
        ...(ps.description ? { description: ps.description } : {}),
        // Identity Center's own default when a set does not say.
        sessionDuration: ps.sessionDuration ?? 'PT1H',
        ...(relayState ? { relayState } : {}),
        managedPolicies: [...ps.managedPolicyArns, ...customer],
        ...(inline ? { inlinePolicy: inline } : {}),
      },
    });
  }

  // --- assignments: only groups can be granted ---
  interface Assigned {
    group: string;
    set: string;
    account: ConfigAccount;
    principalId: string;
    permissionSetArn: string;
  }
  const assigned: Assigned[] = [];
  for (const a of snapshot.assignments) {
    const ps = converted.get(a.permissionSetArn);
    const setName = ps?.source.name ?? a.permissionSetArn;
    const account = accountById.get(a.accountId);
    const where = `"${setName}" in ${account ? `"${account.id}"` : a.accountId}`;
    if (a.principalType === 'USER') {
      const user = snapshot.users.get(a.principalId) ?? a.principalId;
      findings.push({
        kind: 'not-representable',
        subject: 'assignment',
        item: `assignment of ${where} to user "${user}"`,
        message:
          'the blueprint grants access to groups only: grant it to a group the user is in (and remove the user assignment by hand after the first deploy), or leave it outside the blueprint',
        place: { file: 'awsAccess', list: 'grants' },
      });
      continue;
    }
    if (!ps || !account) {
      findings.push({
        kind: 'not-representable',
        subject: 'assignment',
        item: `assignment of ${where} to group "${snapshot.groups.get(a.principalId) ?? a.principalId}"`,
        message: !ps
          ? 'its permission set was not read'
          : 'its account is not an active account of the organization',
        place: { file: 'awsAccess', list: 'grants' },
      });
      continue;
    }
    assigned.push({
      group: groupOf.get(a.principalId)!.id,
      set: ps.set.id,
      account,
      principalId: a.principalId,
      permissionSetArn: a.permissionSetArn,
    });
  }

  // --- sides: the blueprint's own rules of what is privileged ---
  const privilegedBecause: Record<string, string> = {};
  const groupById = new Map([...groupOf.values()].map((g) => [g.id, g]));
  for (const { set } of converted.values()) {
    const mine = assigned.filter((a) => a.set === set.id);
    const sensitive = mine.find((a) => SENSITIVE_ACCOUNT_ROLES.includes(a.account.role));
    const toPrivilegedGroup = mine.find((a) => groupById.get(a.group)?.side === 'security');
    const because =
      privilegeOfPolicy(set, existing.privilegedPolicies) ??
      (sensitive ? `reaches the ${sensitive.account.role} account "${sensitive.account.id}"` : undefined) ??
      (toPrivilegedGroup ? `held by privileged group "${toPrivilegedGroup.group}"` : undefined);
    if (because) privilegedBecause[set.id] = because;
  }
  const sideOf = (setId: string) => (privilegedBecause[setId] ? 'security' : 'it');

  // Boundaries: IT's sets carry Security's ceiling, Security's none (stacks/access-stacks.ts).
  const ceiling = existing.orgName ? itAccessCeilingName({ name: existing.orgName }) : undefined;
  for (const entry of converted.values()) {
    const boundary = entry.source.permissionsBoundary;
    if (!boundary) continue;
    const side = sideOf(entry.set.id);
    const isCeiling =
      boundary.customerManagedPolicy?.name === ceiling && boundary.customerManagedPolicy?.path === '/';
    if (side === 'it' && isCeiling) continue;
    const what =
      boundary.managedPolicyArn ??
      `${boundary.customerManagedPolicy!.path}${boundary.customerManagedPolicy!.name}`;
    entry.blocked = true;
    findings.push({
      kind: 'not-representable',
      subject: 'permission set',
      item: `permission set "${entry.source.name}"`,
      message:
        side === 'it'
          ? `its permissions boundary ${what} would be replaced by Security's ceiling ${ceiling ?? '<org>-security-it-access-ceiling'} that every IT set carries`
          : `its permissions boundary ${what} would be removed: Security's sets carry none`,
      place: { file: side === 'it' ? 'awsAccess' : 'privileged', list: 'permissionSets', key: entry.set.id },
    });
  }
  // A finding placed before the sides were known moves to the set's file.
  for (const [i, f] of findings.entries())
    if (f.place?.list === 'permissionSets' && f.place.key && sideOf(f.place.key) === 'security')
      findings[i] = { ...f, place: { ...f.place, file: 'privileged' } };
  for (const [i, f] of findings.entries())
    if (f.subject === 'assignment' && f.place?.list === 'grants') {
      const setName = /^assignment of "([^"]+)"/.exec(f.item)?.[1];
      const set = [...converted.values()].find((c) => c.source.name === setName)?.set.id;
      if (set && sideOf(set) === 'security')
        findings[i] = { ...f, place: { ...f.place, file: 'privileged' } };
    }

  // A privileged session longer than the guardrails allow: shorten it, or raise the tolerance.
  const maxSession = durationSeconds(existing.maxPrivilegedSession) ?? 3600;
  for (const { set, source } of converted.values())
    if (sideOf(set.id) === 'security' && (durationSeconds(set.sessionDuration) ?? 0) > maxSession)
      findings.push({
        kind: 'decision',
        subject: 'permission set',
        item: `permission set "${source.name}"`,
        message: `its sessions last ${set.sessionDuration}, longer than the ${existing.maxPrivilegedSession} guardrails.yaml allows privileged sets: shorten sessionDuration (Identity Center applies it at the next sign-in), or raise privilegedAccess.maxSessionDuration`,
        place: { file: 'privileged', list: 'permissionSets', key: set.id },
      });

  // --- grants: one per (group, set), accounts sorted ---
  const grants = new Map<string, { grant: ConfigGrant & { accounts: string[] }; assigned: Assigned[] }>();
  for (const a of assigned) {
    const key = `${a.group}/${a.set}`;
    const entry = grants.get(key) ?? {
      grant: { group: a.group, permissionSet: a.set, accounts: [] },
      assigned: [],
    };
    entry.grant.accounts.push(a.account.id);
    entry.assigned.push(a);
    grants.set(key, entry);
  }
  for (const [key, { grant, assigned: list }] of grants) {
    grant.accounts.sort();
    const group = groupById.get(grant.group)!;
    const side = sideOf(grant.permissionSet);
    const place: FindingPlace = { file: side === 'it' ? 'awsAccess' : 'privileged', list: 'grants', key };
    const decide = (message: string) =>
      findings.push({
        kind: 'decision',
        subject: 'assignment',
        item: `grant of "${grant.permissionSet}" to group "${group.name}"`,
        message,
        place,
        count: list.length,
      });
    if (!group.known)
      decide(
        `group "${group.name}" is not in this config: declare it as "${grant.group}" (\`blueprint import okta\` writes the groups Okta pushes)${side === 'security' ? ' in security/privileged.yaml, a privileged group whose members need until and reason' : ''}`,
      );
    else if (side === 'security' && group.side !== 'security')
      decide(
        `"${grant.permissionSet}" is privileged (${privilegedBecause[grant.permissionSet]}), but "${grant.group}" is an everyday group: move the group to security/privileged.yaml (members need until and reason), or grant an everyday set instead`,
      );
  }

  const split = (side: 'it' | 'security') => ({
    permissionSets: [...converted.values()]
      .map((c) => c.set)
      .filter((s) => sideOf(s.id) === side)
      .sort(byId),
    grants: [...grants.values()]
      .map((g) => g.grant)
      .filter((g) => sideOf(g.permissionSet) === side)
      .sort((a, b) =>
        a.group === b.group ? (a.permissionSet < b.permissionSet ? -1 : 1) : a.group < b.group ? -1 : 1,
      ),
  });

  const adopted = [...converted.values()].filter((c) => !c.blocked);
  const adoptedIds = new Set(adopted.map((c) => c.set.id));
  const assignmentIds: Record<string, AdoptionIds['assignments'][string]> = {};
  for (const a of [...assigned].sort((x, y) => (key(x) < key(y) ? -1 : 1)))
    if (adoptedIds.has(a.set))
      assignmentIds[key(a)] = {
        principalId: a.principalId,
        accountId: a.account.accountId,
        permissionSetArn: a.permissionSetArn,
      };

  return {
    org: {
      organizationId: organization.id,
      homeRegion: existing.homeRegion ?? snapshot.region,
      identityCenter: { instanceArn: snapshot.instanceArn, identityStoreId: snapshot.identityStoreId },
      ous,
      accounts,
    },
    it: split('it'),
    security: split('security'),
    privilegedBecause,
    findings: sortFindings(findings),
    read: {
      'permission set': snapshot.permissionSets.length,
      assignment: snapshot.assignments.length,
      account: organization.accounts.length,
      OU: organization.ous.length,
    },
    adoption: {
      instanceArn: snapshot.instanceArn,
      permissionSets: Object.fromEntries(
        adopted.map((c) => [c.set.id, c.source.arn]).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
      assignments: assignmentIds,
    },
  };
}

const key = (a: { group: string; set: string; account: { id: string } }) =>
  `${a.group}/${a.set}/${a.account.id}`;

function sortFindings(findings: ImportFinding[]): ImportFinding[] {
  const rank = (f: ImportFinding) => IMPORT_SUBJECTS.indexOf(f.subject);
  return findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.kind === b.kind ? 0 : a.kind === 'decision' ? -1 : 1) ||
      (a.item < b.item ? -1 : a.item > b.item ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** The inline policy as the config writes it, or why it cannot be. */
export function parseInlinePolicy(json: string): InlinePolicy | string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return 'it is not JSON';
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const d = doc as Record<string, unknown>;
    // A single statement object means the same as a list of one.
    if (d.Statement && typeof d.Statement === 'object' && !Array.isArray(d.Statement))
      doc = { ...d, Statement: [d.Statement] };
  }
  const parsed = inlinePolicySchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
