// A plan for tools: the PlanReport as stable JSON (documented in README, "Plan JSON").
import type { PlanReport } from './plan-report';

export const renderPlanJson = (plan: PlanReport): string => `${JSON.stringify(plan, null, 2)}\n`;
