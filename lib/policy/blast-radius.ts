// The blast-radius tolerances of guardrails.yaml (`blastRadius`): how many people may lose
// access, and how many resources may be deleted, in one change before the plan fails (unless
// the pull request acknowledges it). The review counts; this judges. Needs the base, so the
// review (plan --base) runs it.
import type { OrgModel } from '../model/org-model';

/** What a change takes away, as the review counted it. */
export interface ChangeRadius {
  readonly peopleLosingAccess: number;
  /** People in the org before the change (the share losing access is of these). */
  readonly headcount: number;
  readonly resourcesDeleted: number;
}

export interface BlastRadiusVerdict {
  /** People losing access, in percent of the headcount, to one decimal. */
  readonly percentLosingAccess: number;
  readonly maxPercent: number;
  readonly maxResourcesDeleted: number;
  /** Each tolerance exceeded, in words; empty when within them. */
  readonly reasons: readonly string[];
}

export function judgeBlastRadius(
  tolerances: OrgModel['guardrails']['blastRadius'],
  radius: ChangeRadius,
): BlastRadiusVerdict {
  const { maxPeopleLosingAccessPercent: maxPercent, maxResourcesDeleted } = tolerances;
  const losing = radius.peopleLosingAccess;
  const percent = Math.round((losing / Math.max(radius.headcount, 1)) * 1000) / 10;
  const reasons: string[] = [];
  if (percent > maxPercent)
    reasons.push(
      `${losing} of ${radius.headcount} people (${percent}%) lose access; the tolerance is ${maxPercent}%`,
    );
  if (radius.resourcesDeleted > maxResourcesDeleted)
    reasons.push(
      `${radius.resourcesDeleted} resources would be deleted; the tolerance is ${maxResourcesDeleted}`,
    );
  return { percentLosingAccess: percent, maxPercent, maxResourcesDeleted, reasons };
}
