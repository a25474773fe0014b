// How much a change takes away: people losing access and resources deleted, against the
// tolerances in guardrails.yaml. Over the limit fails the plan unless the PR acknowledges it.
import type { OrgModel } from '../model/org-model';
import type { AccessDiff } from './access-diff';

export interface BlastRadius {
  readonly peopleLosingAccess: number;
  readonly headcount: number;
  readonly percentLosingAccess: number;
  readonly maxPercent: number;
  readonly resourcesDeleted: number;
  readonly maxResourcesDeleted: number;
  readonly overLimit: boolean;
  /** The acknowledgement the PR carries (reviewers see it in the plan), if any. */
  readonly acknowledged?: string;
  readonly reasons: readonly string[];
}

export function blastRadius(
  head: OrgModel,
  access: AccessDiff,
  resourcesDeleted: number,
  acknowledgement?: string,
): BlastRadius {
  const { maxPeopleLosingAccessPercent: maxPercent, maxResourcesDeleted } = head.guardrails.blastRadius;
  const headcount = Math.max(access.totals.headcount, 1);
  const losing = access.totals.peopleLosing;
  const percent = Math.round((losing / headcount) * 1000) / 10;
  const reasons: string[] = [];
  if (percent > maxPercent)
    reasons.push(
      `${losing} of ${access.totals.headcount} people (${percent}%) lose access; the tolerance is ${maxPercent}%`,
    );
  if (resourcesDeleted > maxResourcesDeleted)
    reasons.push(`${resourcesDeleted} resources would be deleted; the tolerance is ${maxResourcesDeleted}`);
  return {
    peopleLosingAccess: losing,
    headcount: access.totals.headcount,
    percentLosingAccess: percent,
    maxPercent,
    resourcesDeleted,
    maxResourcesDeleted,
    overLimit: reasons.length > 0,
    ...(acknowledgement ? { acknowledged: acknowledgement } : {}),
    reasons,
  };
}
