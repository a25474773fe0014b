// The synthesis a deploy runs (`npx cdk synth`, bin/cdk.ts): every stack with aws-cdk-lib's
// CloudFormation validation and cdk-nag, failing on any finding. `blueprint plan` runs
// cdk-nag only; this is where a template CloudFormation would reject is stopped: pr.yml's
// plan job and deploy.yml both run `cdk synth` before anything is planned or deployed.
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { OrgModel } from '../lib/model/org-model';
import { type BuildAppOptions, buildApp } from './app';
import { synthesizeOrExplain } from './validation-report';

/** Throws a PlanStepFailure listing the findings when validation or cdk-nag rejects a stack. */
export function deploySynth(
  model: OrgModel,
  options: Pick<BuildAppOptions, 'outdir' | 'itExtensions'> = {},
): CloudAssembly {
  const { app } = buildApp(model, { ...options, validation: true, nag: true });
  return synthesizeOrExplain(app.outdir, () => app.synth());
}
