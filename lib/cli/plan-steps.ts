// The steps `blueprint plan` runs, in order. Each part of the blueprint registers here.
import { cdkPlanStep } from '../../stacks/cdk-plan-step';
import { oktaPlanStep } from '../okta/plan-step';
import type { PlanStep } from '../plan/plan-step';
import { ownershipStep } from './ownership-summary';

export const PLAN_STEPS: readonly PlanStep[] = [ownershipStep, oktaPlanStep, cdkPlanStep];
