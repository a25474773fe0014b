// The cdk-nag rule packs every stack must pass: AWS Solutions and NIST 800-53 rev 5. As
// validation plugins they fail `cdk synth` and `blueprint plan` on any unacknowledged
// finding; tests call `nagFindings` for a list they can assert on.
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

export const nagPacks = () => [new AwsSolutionsChecks(), new NIST80053R5Checks()];

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks());
}

export interface NagFinding {
  readonly rule: string;
  readonly severity?: string;
  readonly path?: string;
}

/** Every unacknowledged finding of both packs under `scope`, sorted. */
export function nagFindings(scope: IConstruct): NagFinding[] {
  return nagPacks()
    .flatMap((pack) => pack.validateScope(scope).violations)
    .flatMap((v) =>
      v.violatingResources.map((r) => ({ rule: v.ruleName, severity: v.severity, path: r.constructPath })),
    )
    .sort((a, b) => (`${a.path}${a.rule}` < `${b.path}${b.rule}` ? -1 : 1));
}
