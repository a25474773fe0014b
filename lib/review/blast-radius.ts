// How much a change takes away: people losing access and resources deleted, judged against
// the tolerances in guardrails.yaml by lib/policy/blast-radius. Over the limit fails the plan
// unless the PR acknowledges it.
import type { OrgModel } from '../model/org-model';
import { judgeBlastRadius } from '../policy/blast-radius';
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
  const counted = {
    peopleLosingAccess: access.totals.peopleLosing,
    headcount: access.totals.headcount,
    resourcesDeleted,
  };
  const verdict = judgeBlastRadius(head.guardrails.blastRadius, counted);
  return {
    peopleLosingAccess: counted.peopleLosingAccess,
    headcount: counted.headcount,
    percentLosingAccess: verdict.percentLosingAccess,
    maxPercent: verdict.maxPercent,
    resourcesDeleted,
    maxResourcesDeleted: verdict.maxResourcesDeleted,
    overLimit: verdict.reasons.length > 0,
    ...(acknowledgement ? { acknowledged: acknowledgement } : {}),
    reasons: verdict.reasons,
  };
}
