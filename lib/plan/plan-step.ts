// A contribution to `blueprint plan`: each part of the blueprint (ownership summary, Okta
// desired state, CDK templates, ...) adds one step that writes its artifacts and reports.
// The contract sits below its users (lib/okta, lib/report, stacks/, lib/cli), which import it
// downward; stacks/plan-steps.ts composes the steps, and lib/cli runs them.
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';

export interface PlanContext {
  readonly model: OrgModel;
  readonly sources: Sources;
  /** Absolute path of the folder artifacts are written to (`--out`, default `plan`). */
  readonly outDir: string;
  /** How `outDir` is shown to the user. */
  readonly outDisplay: string;
}

export interface PlanSection {
  readonly title: string;
  readonly lines: readonly string[];
  /** Artifacts written, relative to the working directory. */
  readonly files: readonly string[];
}

export interface PlanStep {
  readonly name: string;
  run(ctx: PlanContext): PlanSection | Promise<PlanSection>;
}

/** A step that found the org cannot be deployed as planned (e.g. a template fails validation). */
export class PlanStepFailure extends Error {
  constructor(
    readonly step: string,
    readonly findings: readonly string[],
  ) {
    super(`${step}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`);
    this.name = 'PlanStepFailure';
  }
}
