// Both engines' desired state for a model, as the review compares them: CDK templates per
// stack (synthesized to a temporary cloud assembly) and Okta resource specs per Pulumi
// stack. Plus the one check that needs both sides: people removed while still active.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../stacks/app';
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import { oktaDesiredState } from '../okta/desired-state';
import { checkRemovedPeople } from '../okta/removed-people';
import type { CheckedOrg } from '../policy/check-org';
import { findingDiagnostic } from '../policy/pack';
import type { Template } from './aws-diff';
import type { EngineOutputs } from './plan-report';

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

/** The head is synthesized with aws-cdk-lib's CloudFormation validation; the base, already deployed, without. */
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
