// Both engines' desired state for a model, as the review compares them: CDK templates per
// stack (synthesized to a temporary cloud assembly) and Okta resource specs per Pulumi
// stack. Plus the one check that needs both sides: people removed while still active.
// Composition, like the stacks: lib/review only receives these as functions. In the
// review they run in-process for the head; the base is planned with its own code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../lib/model/diagnostic';
import type { OrgModel } from '../lib/model/org-model';
import { oktaDesiredState } from '../lib/okta/desired-state';
import { checkRemovedPeople } from '../lib/okta/removed-people';
import type { CheckedOrg } from '../lib/policy/check-org';
import { findingDiagnostic } from '../lib/policy/pack';
import type { Template } from '../lib/review/aws-diff';
import type { EngineOutputs } from '../lib/review/plan-report';
import { buildApp } from './app';

export function oktaSpecsByStack(model: OrgModel): EngineOutputs['okta'] {
  return Object.fromEntries(oktaDesiredState(model).map((s) => [`okta-${s.stack}`, s.resources]));
}

/** Every CDK stack's template, by stack name. */
export function cdkTemplates(model: OrgModel, validation: boolean): Record<string, Template> {
  const outdir = mkdtempSync(join(tmpdir(), 'blueprint-review-'));
  try {
    const assembly = buildApp(model, { outdir, validation }).app.synth();
    return Object.fromEntries(assembly.stacks.map((s) => [s.stackName, s.template as Template]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The head is synthesized with aws-cdk-lib's CloudFormation validation; the empty base (no valid base config) without. */
export function enginesFor(validation: boolean) {
  return (model: OrgModel): EngineOutputs => ({
    okta: oktaSpecsByStack(model),
    cdk: cdkTemplates(model, validation),
  });
}

export async function defaultEngines(
  model: OrgModel,
  role: 'base' | 'head' = 'head',
): Promise<EngineOutputs> {
  return enginesFor(role === 'head')(model);
}

/** People removed from config while their Okta account is still live (see lib/okta/removed-people). */
export function removedPeopleCheck(base: OrgModel, head: CheckedOrg): Diagnostic[] {
  if (!head.model) return [];
  return checkRemovedPeople(base, head.model).map((finding) =>
    head.sources.people
      ? findingDiagnostic(finding, head.sources)
      : {
          severity: 'error',
          code: finding.rule,
          file: 'config/it/people.yaml',
          line: 1,
          col: 1,
          path: 'people',
          message: finding.message,
          value: JSON.stringify(finding.value),
          hint: finding.hint,
        },
  );
}
