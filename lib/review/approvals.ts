// Which owner teams must approve a change, by what it does and not only by file: Security
// for anything privileged (base or head), anything on the security side, ownership moving
// from or to a security team, identity changes of privileged people, and every resource
// change lib/review/risk judges risky (IAM, SCPs, logging, detection, Okta policies and admin
// roles, the AWS sign-in app, broadened permissions); the owning IT team(s) for the rest.
import type { OrgModel } from '../model/org-model';
import type { AccessDiff } from './access-diff';
import type { AwsStackDiff } from './aws-diff';
import { owningSide, sideTeam } from './codeowners';
import type { EngineOutputs } from './engine-output-types';
import type { ItemChange } from './item-changes';
import type { OktaStackDiff } from './okta-diff';
import { awsRiskReasons } from './risk/aws-risk';
import { modelRiskReasons } from './risk/model-risk';
import { oktaRiskReasons } from './risk/okta-risk';
import type { RoutingReason } from './risk/routing-reason';

export interface Approval {
  readonly team: string;
  readonly github: string;
  readonly reasons: readonly string[];
}

export interface ApprovalInput {
  readonly base: OrgModel;
  readonly head: OrgModel;
  readonly items: readonly ItemChange[];
  readonly access: AccessDiff;
  readonly changedFiles: readonly string[];
  readonly configDir?: string;
  /** Both engines' diffs and outputs; absent in access-only plans. */
  readonly engines?: {
    readonly aws: readonly AwsStackDiff[];
    readonly okta: readonly OktaStackDiff[];
    readonly base: EngineOutputs;
    readonly head: EngineOutputs;
  };
}

export function requiredApprovals(input: ApprovalInput): Approval[] {
  const { base, head, items, access } = input;
  const reasons = new Map<string, Set<string>>();
  const need = (team: string, reason: string) =>
    reasons.set(team, (reasons.get(team) ?? new Set()).add(reason));
  const security = sideTeam(head, 'security').id;
  const it = sideTeam(head, 'it').id;
  const teamSide = new Map([...base.teams, ...head.teams].map((t) => [t.id, t.side]));
  const route = (r: RoutingReason) =>
    need(r.side === 'security' ? security : r.team && teamSide.has(r.team) ? r.team : it, r.reason);

  for (const item of items) {
    const transfer = item.previousOwner ? ` (owner ${item.previousOwner} → ${item.owner ?? 'none'})` : '';
    const moved = item.previousSide ? ` (moved from the ${item.previousSide} side)` : '';
    const label = `${item.kind} ${item.id} ${item.change}${transfer}${moved}`;
    const owners = [item.owner, item.previousOwner].filter((o): o is string => o !== undefined);
    const securityOwned = owners.some((o) => teamSide.get(o) === 'security');
    const itOwners = owners.filter((o) => teamSide.get(o) === 'it');
    if (item.side === 'security' || item.previousSide === 'security' || item.privileged || securityOwned) {
      need(security, label);
      // An ownership transfer needs both owners: the IT team giving or taking it approves too.
      if (item.previousOwner) for (const o of itOwners) need(o, label);
    } else if (item.previousOwner) for (const o of itOwners.length ? itOwners : [it]) need(o, label);
    else need(item.owner && teamSide.has(item.owner) ? item.owner : it, label);
  }
  const privileged = access.people.filter((p) => [...p.gains, ...p.loses].some((c) => c.privileged));
  if (privileged.length > 0)
    need(
      security,
      `privileged access changes for ${privileged.length} ${privileged.length === 1 ? 'person' : 'people'}`,
    );
  for (const r of modelRiskReasons(base, head)) route(r);
  if (input.engines) {
    const { aws, okta } = input.engines;
    const models = { baseModel: base, headModel: head };
    for (const r of awsRiskReasons({
      diffs: aws,
      base: input.engines.base.cdk,
      head: input.engines.head.cdk,
      ...models,
    }))
      route(r);
    for (const r of oktaRiskReasons({
      diffs: okta,
      base: input.engines.base.okta,
      head: input.engines.head.okta,
      ...models,
    }))
      route(r);
  }
  const filesBy = new Map<string, string[]>();
  for (const file of input.changedFiles) {
    const team = owningSide(file, input.configDir ?? 'config') === 'security' ? security : it;
    filesBy.set(team, [...(filesBy.get(team) ?? []), file]);
  }
  for (const [team, files] of filesBy) need(team, describeFiles(files));
  return [...reasons.entries()]
    .map(([team, why]) => ({
      team,
      github:
        head.teams.find((t) => t.id === team)?.github ??
        base.teams.find((t) => t.id === team)?.github ??
        team,
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
