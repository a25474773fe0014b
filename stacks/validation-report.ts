// What aws-cdk-lib's synth-time validation (its CloudFormation validation and the cdk-nag
// plugin) reported, read from the report it writes to the cloud assembly, one line per
// violation and construct: `ERROR F0001 Resources section must exist and be non-empty:
// globex-security-access (CloudFormation Validate)`. Sorted, so the output is stable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgModel } from '../lib/model/org-model';
import { PlanStepFailure } from '../lib/plan/plan-step';
import { type BuildAppOptions, buildApp } from './app';

interface ValidationReport {
  readonly pluginReports?: readonly {
    readonly pluginName: string;
    readonly violations?: readonly {
      readonly ruleName: string;
      readonly description: string;
      readonly severity?: string;
      readonly violatingConstructs?: readonly { readonly constructPath: string }[];
    }[];
  }[];
}

export const VALIDATION_REPORT_FILE = 'validation-report.json';

/** The violations in `<outdir>/validation-report.json`, or undefined when there is no report. */
export function validationFindings(outdir: string): string[] | undefined {
  let report: ValidationReport;
  try {
    report = JSON.parse(readFileSync(join(outdir, VALIDATION_REPORT_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const lines = (report.pluginReports ?? []).flatMap((plugin) =>
    (plugin.violations ?? []).flatMap((v) =>
      (v.violatingConstructs ?? [{ constructPath: '(app)' }]).map(
        (c) =>
          `${(v.severity ?? 'error').toUpperCase()} ${v.ruleName} ${v.description.trim()}: ${c.constructPath} (${plugin.pluginName})`,
      ),
    ),
  );
  return [...new Set(lines)].sort();
}

/** Synthesizes, turning a failed synth-time validation into the findings it reported. */
export function synthesizeOrExplain<T>(outdir: string, synth: () => T): T {
  try {
    return synth();
  } catch (error) {
    const findings = validationFindings(outdir);
    if (findings && findings.length > 0) throw new PlanStepFailure('AWS (CDK) validation', findings);
    throw error;
  }
}

/**
 * The app, or a plan step failure when a construct refuses the config: a limit of AWS the
 * config's size passes (an SCP over 5,120 characters), said in the construct's own words.
 */
export function buildAppOrExplain(model: OrgModel, options: BuildAppOptions): ReturnType<typeof buildApp> {
  try {
    return buildApp(model, options);
  } catch (error) {
    // Plain errors and CDK's ValidationError are what constructs raise on purpose; anything
    // else (a TypeError, ...) is a bug and keeps its stack trace.
    const deliberate =
      error instanceof Error && (error.constructor === Error || error.name === 'ValidationError');
    if (!deliberate) throw error;
    throw new PlanStepFailure('AWS (CDK) stacks', [error.message]);
  }
}
