// aws-cdk-lib's CloudFormation validation, for the stacks a change touches only. A plan
// against a base synthesizes both with the same code; a stack whose template equals the
// base's brings nothing new to validate (the deploy's `cdk synth` still validates every
// stack), so only the others pay for the validation engine (about 1 s to start, then time
// per template). Findings land in the cloud assembly's validation report like the built-in
// validation's, under the same plugin name.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
  CloudFormationValidatePlugin,
  type IPolicyValidationContext,
  type IPolicyValidationPlugin,
  type PolicyValidationPluginReport,
  Stack,
} from 'aws-cdk-lib';

export class ChangedStacksValidation implements IPolicyValidationPlugin {
  readonly name = CloudFormationValidatePlugin.PLUGIN_NAME;
  private inner?: CloudFormationValidatePlugin;

  /** @param unchanged the base's templates by stack name: a stack whose template equals its entry is skipped */
  constructor(private readonly unchanged: Readonly<Record<string, unknown>>) {}

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const stackName = (path: string) => {
      const construct = context.appConstruct.node.findAll().find((c) => c.node.path === path);
      return construct && Stack.isStack(construct) ? construct.stackName : undefined;
    };
    const changed = context.stackTemplates.filter((s) => {
      const name = stackName(s.stackConstructPath);
      const before = name === undefined ? undefined : this.unchanged[name];
      return (
        before === undefined || !isDeepStrictEqual(JSON.parse(readFileSync(s.templatePath, 'utf8')), before)
      );
    });
    if (changed.length === 0) return { success: true, violations: [] };
    this.inner ??= new CloudFormationValidatePlugin();
    return this.inner.validate({
      ...context,
      stackTemplates: changed,
      templatePaths: changed.map((s) => s.templatePath),
    });
  }
}
