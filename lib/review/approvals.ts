// Which owner teams must approve a change: Security for anything privileged or on the
// security side (items or files), the owning IT team(s) for everyday changes.
import type { OrgModel } from '../model/org-model';
import type { AccessDiff } from './access-diff';
import { owningSide, sideTeam } from './codeowners';
import type { ItemChange } from './item-changes';

export interface Approval {
  readonly team: string;
  readonly github: string;
  readonly reasons: readonly string[];
}

export function requiredApprovals(
  head: OrgModel,
  items: readonly ItemChange[],
  access: AccessDiff,
  changedFiles: readonly string[],
  configDir = 'config',
): Approval[] {
  const reasons = new Map<string, Set<string>>();
  const need = (team: string, reason: string) =>
    reasons.set(team, (reasons.get(team) ?? new Set()).add(reason));
  const security = sideTeam(head, 'security').id;
  const it = sideTeam(head, 'it').id;
  const teamIds = new Set(head.teams.map((t) => t.id));

  for (const item of items) {
    const label = `${item.kind} ${item.id} ${item.change}`;
    if (item.side === 'security' || item.privileged) need(security, label);
    else need(item.owner && teamIds.has(item.owner) ? item.owner : it, label);
  }
  const privileged = access.people.filter((p) => [...p.gains, ...p.loses].some((c) => c.privileged));
  if (privileged.length > 0)
    need(
      security,
      `privileged access changes for ${privileged.length} ${privileged.length === 1 ? 'person' : 'people'}`,
    );
  const filesBy = new Map<string, string[]>();
  for (const file of changedFiles) {
    const team = owningSide(file, configDir) === 'security' ? security : it;
    filesBy.set(team, [...(filesBy.get(team) ?? []), file]);
  }
  for (const [team, files] of filesBy) need(team, describeFiles(files));
  return [...reasons.entries()]
    .map(([team, why]) => ({
      team,
      github: head.teams.find((t) => t.id === team)?.github ?? team,
      reasons: [...why].sort(),
    }))
    .sort((a, b) => a.team.localeCompare(b.team));
}

const MAX_FILES_NAMED = 5;

function describeFiles(files: readonly string[]): string {
  const sorted = [...files].sort();
  const named = sorted.slice(0, MAX_FILES_NAMED).join(', ');
  const more = sorted.length - MAX_FILES_NAMED;
  return `${sorted.length === 1 ? 'file' : 'files'} ${named}${more > 0 ? ` and ${more} more` : ''}`;
}
