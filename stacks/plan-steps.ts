// The steps `blueprint plan` runs, in order: the ownership summary, then each engine's
// desired state (Okta specs, CDK templates). Composed here, with the review's engine outputs
// (review-engines.ts), above the engines; lib/cli loads it only when a plan runs the steps, as
// the CDK step loads aws-cdk-lib.
import { oktaPlanStep } from '../lib/okta/plan-step';
import type { PlanStep } from '../lib/plan/plan-step';
import { ownershipStep } from '../lib/report/ownership-summary';
import { cdkPlanStep } from './cdk-plan-step';

export const PLAN_STEPS: readonly PlanStep[] = [ownershipStep, oktaPlanStep, cdkPlanStep];
