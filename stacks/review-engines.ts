// Both engines' desired state for a model, as the review compares them: CDK templates per
// stack (synthesized to a temporary cloud assembly) and Okta resource specs per Pulumi
// Composition, like the stacks: lib/review only receives these as functions. In the
// review they run in-process for the head; the base is planned with its own code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrgModel } from '../lib/model/org-model';
import { oktaDesiredState } from '../lib/okta/desired-state';
import type { Template } from '../lib/review/aws-diff';
import type { EngineOutputs } from '../lib/review/plan-report';
import { buildAppOrExplain, synthesizeOrExplain } from './validation-report';

export function oktaSpecsByStack(model: OrgModel): EngineOutputs['okta'] {
  return Object.fromEntries(oktaDesiredState(model).map((s) => [`okta-${s.stack}`, s.resources]));
}

/**
 * Every CDK stack's template, by stack name. With `nag` the templates are checked as
 * `blueprint plan` checks them: cdk-nag, a finding failing the plan. aws-cdk-lib's
 * CloudFormation validation runs where templates are deployed (stacks/deploy-synth.ts).
 */
export function cdkTemplates(model: OrgModel, nag: boolean): Record<string, Template> {
  const outdir = mkdtempSync(join(tmpdir(), 'blueprint-review-'));
  try {
    // A finding is a clear error (PlanStepFailure), not a stack trace.
    const assembly = synthesizeOrExplain(outdir, () =>
      buildAppOrExplain(model, { outdir, validation: false, nag }).app.synth(),
    );
    return Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template as Template]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The head is checked with cdk-nag; the base (planned in-process: the same code) is not. */
export function enginesFor(nag: boolean) {
  return (model: OrgModel): EngineOutputs => ({
    okta: oktaSpecsByStack(model),
    cdk: cdkTemplates(model, nag),
  });
}

export async function defaultEngines(
  model: OrgModel,
  role: 'base' | 'head' = 'head',
): Promise<EngineOutputs> {
  return enginesFor(role === 'head')(model);
}
