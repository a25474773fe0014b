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
 * Every CDK stack's template, by stack name. With `validation` the templates are checked as
 * `blueprint plan` checks them; given the base's templates, only the stacks whose template
 * differs from the base's are run through CloudFormation validation (cdk-nag checks all).
 */
export function cdkTemplates(
  model: OrgModel,
  validation: boolean,
  base?: Readonly<Record<string, Template>>,
): Record<string, Template> {
  const outdir = mkdtempSync(join(tmpdir(), 'blueprint-review-'));
  try {
    // The head is checked as `blueprint plan` checks it: validation and cdk-nag, and a finding
    // is a clear error (PlanStepFailure), not a stack trace.
    const assembly = synthesizeOrExplain(outdir, () =>
      buildAppOrExplain(model, {
        outdir,
        validation,
        nag: validation,
        ...(base ? { validateOnlyChangedFrom: base } : {}),
      }).app.synth(),
    );
    return Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template as Template]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The head is synthesized with aws-cdk-lib's CloudFormation validation; the empty base (no valid base config) without. */
export function enginesFor(validation: boolean, base?: EngineOutputs) {
  return (model: OrgModel): EngineOutputs => ({
    okta: oktaSpecsByStack(model),
    cdk: cdkTemplates(model, validation, base?.cdk),
  });
}

/** `base`: the base's outputs with this same code, when planned first (see planAgainstBase). */
export async function defaultEngines(
  model: OrgModel,
  role: 'base' | 'head' = 'head',
  base?: EngineOutputs,
): Promise<EngineOutputs> {
  return enginesFor(role === 'head', base)(model);
}
