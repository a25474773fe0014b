// The plan step contract moved below its users, to lib/plan/plan-step.ts; this re-export keeps
// lib/cli/commands/plan.ts (changed on another branch) compiling until its import is updated.
export type { PlanContext, PlanSection, PlanStep } from '../plan/plan-step';
