// The steps `blueprint plan` runs, in order. Each part of the blueprint registers here.
import { cdkPlanStep } from '../aws/cdk-plan-step';
import { oktaPlanStep } from '../okta/plan-step';
import { ownershipStep } from './ownership-summary';
import type { PlanStep } from './plan-step';

export const PLAN_STEPS: readonly PlanStep[] = [ownershipStep, oktaPlanStep, cdkPlanStep];
