// `blueprint plan`'s AWS step: synthesizes every CDK stack of the org into <out>/cdk.out
// with cdk-nag on (synth fails on a finding), and lists each stack with where it deploys and
// how close it is to CloudFormation's limits. aws-cdk-lib's CloudFormation validation (about
// 3 s of a 5 s synth) is not run here: it runs where a template is about to be deployed,
// in `cdk synth` (stacks/deploy-synth.ts), which pr.yml's plan job and deploy.yml run, so
// a template it rejects still fails the pull request and never reaches a deploy.
// At the composition level: it builds the whole app (stacks/app.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanSection, PlanStep } from '../lib/plan/plan-step';
import { buildAppOrExplain, synthesizeOrExplain } from './validation-report';

/** CloudFormation's per-template limits. */
export const MAX_RESOURCES = 500;
export const MAX_TEMPLATE_BYTES = 1_000_000;

export interface CdkPlanOptions {
  /** aws-cdk-lib's built-in CloudFormation validation (`cdk synth` runs it; see above). */
  readonly validation: boolean;
}

export function cdkPlanStepWith(options: CdkPlanOptions): PlanStep {
  return {
    name: 'cdk',
    run(ctx): PlanSection {
      const outdir = join(ctx.outDir, 'cdk.out');
      // Stacks that no longer exist must not linger among the templates.
      rmSync(outdir, { recursive: true, force: true });
      const assembly = synthesizeOrExplain(outdir, () =>
        buildAppOrExplain(ctx.model, { outdir, validation: options.validation, nag: true }).app.synth(),
      );
      const stacks = [...assembly.stacks].sort((a, b) => (a.stackName < b.stackName ? -1 : 1));
      const width = Math.max(...stacks.map((s) => s.stackName.length));
      const lines = stacks.map((s) => {
        const resources = Object.keys(s.template.Resources ?? {}).length;
        const bytes = JSON.stringify(s.template).length;
        return `  ${s.stackName.padEnd(width)}  ${s.environment.account}/${s.environment.region}  ${resources} resources, ${(bytes / 1024).toFixed(0)} KB`;
      });
      const checks = options.validation
        ? 'CloudFormation validation and cdk-nag (AWS Solutions, NIST 800-53 rev 5) passed'
        : 'cdk-nag (AWS Solutions, NIST 800-53 rev 5) passed; CloudFormation validation runs in `cdk synth`';
      return {
        title: 'AWS (CDK)',
        lines: [`${stacks.length} stacks synthesized; ${checks}`, ...lines],
        files: stacks.map((s) => join(ctx.outDisplay, 'cdk.out', s.templateFile)),
      };
    },
  };
}

export const cdkPlanStep: PlanStep = cdkPlanStepWith({ validation: false });
