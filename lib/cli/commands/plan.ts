// `blueprint plan`: validate, then either
// - without --base: run every plan step (ownership summary, Okta desired state, CDK
//   templates, ...), writing artifacts to --out; or
// - with --base REF: compare the working tree with REF and report the access diff, AWS and
//   Okta diffs, guardrail findings, blast radius and approvals (text, markdown or json),
//   also written to --out as plan.md and plan.json.
// Nothing is written when the config is invalid. Exit 1 on errors or an unacknowledged
// blast radius.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type PlanSection, type PlanStep, PlanStepFailure } from '../../plan/plan-step';
import { defaultCacheDir } from '../../review/base-outputs';
import { GitError } from '../../review/git-error';
import { type PlanOutcome, planAgainstBase } from '../../review/plan-against-base';
import { removedPeopleCheck } from '../../review/removed-people-check';
import { renderPlanJson } from '../../review/render-plan-json';
import { COMMENT_MARKER, renderPlanMarkdown } from '../../review/render-plan-markdown';
import { renderPlanText } from '../../review/render-plan-text';
import { checkConfig, displayDir, elevationClock, today } from '../config-folder';
import { EXIT, type Io, UsageError } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface PlanOptions {
  readonly config: string;
  readonly out: string;
  readonly base?: string;
  readonly format?: 'text' | 'markdown' | 'json';
  readonly accessOnly?: boolean;
  readonly acknowledge?: string;
}

export async function runPlan(options: PlanOptions, io: Io, steps?: readonly PlanStep[]): Promise<number> {
  if (options.base !== undefined) return runPlanAgainstBase({ ...options, base: options.base }, io);
  const checked = checkConfig(io, options.config);
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
  // Loaded here, not at the top: the steps load the engines, which `plan --base --access-only` never needs.
  for (const step of steps ?? planSteps().PLAN_STEPS) {
    let section: PlanSection;
    try {
      section = await step.run(ctx);
    } catch (error) {
      if (!(error instanceof PlanStepFailure)) throw error;
      io.out(`\n${renderStepFailure(error)}`);
      return EXIT.invalid;
    }
    io.out(`\n${section.title}\n${section.lines.map((l) => `${l}\n`).join('')}`);
    for (const f of section.files) io.out(`  wrote ${f}\n`);
  }
  return EXIT.ok;
}

async function runPlanAgainstBase(options: PlanOptions & { base: string }, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  const outDir = resolve(io.cwd, options.out);
  let outcome: PlanOutcome;
  try {
    outcome = await planAgainstBase({
      cwd: io.cwd,
      configDir: resolve(io.cwd, options.config),
      display: displayDir(io, options.config),
      ref: options.base,
      today: today(io),
      ...elevationClock(io, options.config),
      accessOnly: options.accessOnly === true,
      // Loaded only for a full plan: an access-only plan never needs the engines.
      engines: (model, role) => reviewEngines().defaultEngines(model, role),
      base: { cacheDir: defaultCacheDir(io.env) },
      outputFolders: [outDir],
      crossChecks: removedPeopleCheck,
      diffInWorker: true,
      ...(options.acknowledge ? { acknowledgement: options.acknowledge } : {}),
    });
  } catch (error) {
    // A git problem is the caller's to fix: one line, exit 2 (see main.ts).
    if (error instanceof GitError) throw new UsageError(error.message);
    if (error instanceof PlanStepFailure) {
      io.out(renderStepFailure(error));
      return EXIT.invalid;
    }
    throw error;
  }
  const { head, report } = outcome;
  if (!report) {
    // Invalid head config: the same output as `validate`, in the requested format; in
    // markdown under the sticky comment's marker, so the PR comment is updated, not added.
    const summary = `✗ config is invalid: ${summaryLine(head.diagnostics)}; nothing was planned\n`;
    if (format === 'markdown')
      io.out(
        `${COMMENT_MARKER}\n## ⛔ org-blueprint plan — the config is invalid\n\n\`\`\`text\n${renderDiagnostics(head.diagnostics, 'text')}\`\`\`\n\n${summary}`,
      );
    else {
      io.out(renderDiagnostics(head.diagnostics, format === 'json' ? 'json' : 'text'));
      if (format !== 'json') io.out(summary);
    }
    return EXIT.invalid;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'plan.json'), renderPlanJson(report));
  writeFileSync(join(outDir, 'plan.md'), renderPlanMarkdown(report));
  io.out(
    format === 'json'
      ? renderPlanJson(report)
      : format === 'markdown'
        ? renderPlanMarkdown(report)
        : renderPlanText(report),
  );
  return report.blockers.length > 0 ? EXIT.invalid : EXIT.ok;
}

const planSteps = (): typeof import('../../../stacks/plan-steps') => require('../../../stacks/plan-steps');

const reviewEngines = (): typeof import('../../../stacks/review-engines') =>
  require('../../../stacks/review-engines');

function renderStepFailure(error: PlanStepFailure): string {
  const findings = error.findings.map((f) => `  ${f}\n`).join('');
  return `✗ ${error.message}; the org cannot be deployed as planned:\n${findings}`;
}
