// Reads the approvals a plan demands from plan.json (`blueprint plan --base` writes it; see
// README "Plan JSON"), with one-line errors for a missing, unreadable or foreign file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RequiredApproval } from './approval-check';

export class PlanFileError extends Error {}

const GITHUB_TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

const planApprovals = z.object({
  version: z.literal(1),
  approvals: z.array(
    z.object({
      team: z.string(),
      github: z.string().regex(GITHUB_TEAM, 'expected a GitHub team as org/team-slug'),
      reasons: z.array(z.string()),
    }),
  ),
});

export function readPlanApprovals(path: string, display = path): RequiredApproval[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PlanFileError(
      `cannot read the plan ${display} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); write it with \`blueprint plan --base <ref> --out <dir>\``,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError(`the plan ${display} is not JSON: ${(error as Error).message}`);
  }
  const parsed = planApprovals.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.join('.') || '(top level)';
    throw new PlanFileError(
      `the plan ${display} is not a blueprint plan (version 1): ${at}: ${issue.message}`,
    );
  }
  return parsed.data.approvals;
}
