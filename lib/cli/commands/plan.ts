// `blueprint plan`: validate, then run every plan step (ownership summary, Okta desired
// state, CDK templates, ...), writing artifacts to --out. Nothing is written when the
// config is invalid.
import { resolve } from 'node:path';
import { checkOrg } from '../../policy/check-org';
import { EXIT, type Io } from '../io';
import type { PlanStep } from '../plan-step';
import { PLAN_STEPS } from '../plan-steps';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';
import { displayDir, today } from './validate';

export interface PlanOptions {
  readonly config: string;
  readonly out: string;
}

export async function runPlan(
  options: PlanOptions,
  io: Io,
  steps: readonly PlanStep[] = PLAN_STEPS,
): Promise<number> {
  const checked = checkOrg(resolve(io.cwd, options.config), {
    display: displayDir(io, options.config),
    today: today(io),
  });
  io.out(renderDiagnostics(checked.diagnostics, 'text'));
  if (!checked.ok || !checked.model) {
    io.out(`✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was planned\n`);
    return EXIT.invalid;
  }
  const model = checked.model;
  io.out(`${model.name}: plan for ${model.today} (${summaryLine(checked.diagnostics)})\n`);
  const ctx = {
    model,
    sources: checked.sources,
    outDir: resolve(io.cwd, options.out),
    outDisplay: displayDir(io, options.out),
    io,
  };
  for (const step of steps) {
    const section = await step.run(ctx);
    io.out(`\n${section.title}\n${section.lines.map((l) => `${l}\n`).join('')}`);
    for (const f of section.files) io.out(`  wrote ${f}\n`);
  }
  return EXIT.ok;
}
