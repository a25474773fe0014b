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
import type { InlinePolicy } from '../../model/schema/access';
import { byId, claim, ID, slugOf } from './config-ids';
import type { ExistingConfig } from './existing-config';
import {
  type AdoptionIds,
  type ConfigAccount,
  type ConfigGrant,
  type ConfigPermissionSet,
  type FindingPlace,
  IMPORT_SUBJECTS,
  type ImportedAws,
  type ImportFinding,
} from './imported-aws';
import { parseInlinePolicy } from './inline-policy';
import { orgStructure } from './org-structure';
import type { IdentityCenterSnapshot, SnapshotPermissionSet } from './snapshot';

export function toConfig(snapshot: IdentityCenterSnapshot, existing: ExistingConfig): ImportedAws {
  const findings: ImportFinding[] = [];
  const { organization } = snapshot;

  const { ous, accounts, accountById } = orgStructure(organization, existing, findings);

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
