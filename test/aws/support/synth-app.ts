// Builds and synthesizes the CDK app of an org once per test file (without aws-cdk-lib's
// ~1.6 s CloudFormation validation, which only `blueprint plan` needs) and hands out each
// stack's template for fine-grained assertions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { OrgModel } from '../../../lib/model/org-model';
import { checkOrg } from '../../../lib/policy/check-org';
import { type BlueprintApp, type BuildAppOptions, buildApp } from '../../../stacks/app';

export const TODAY = '2026-11-23';

export function exampleModel(): OrgModel {
  const checked = checkOrg(resolve(__dirname, '..', '..', '..', 'config'), { today: TODAY });
  if (!checked.model) throw new Error('the example org is invalid');
  return checked.model;
}

export interface SynthesizedApp extends BlueprintApp {
  readonly assembly: CloudAssembly;
  /** The template of a stack by name (e.g. "acme-it"). */
  template(stackName: string): Template;
  readonly stackNames: string[];
}

export function synthApp(model: OrgModel, options: BuildAppOptions = {}): SynthesizedApp {
  const built = buildApp(model, {
    outdir: mkdtempSync(join(tmpdir(), 'blueprint-cdk-test-')),
    validation: false,
    ...options,
  });
  const assembly = built.app.synth();
  const templates = new Map<string, Template>();
  return {
    ...built,
    assembly,
    stackNames: assembly.stacks.map((s) => s.stackName).sort(),
    template(stackName) {
      let t = templates.get(stackName);
      if (!t) {
        t = Template.fromJSON(assembly.getStackByName(stackName).template);
        templates.set(stackName, t);
      }
      return t;
    },
  };
}

/** An AwsCustomResource's SDK call, as deployed: its parameters are free-form JSON read by path. */
export interface SdkCallJson {
  readonly service: string;
  readonly action: string;
  readonly region?: string;
  // biome-ignore lint/suspicious/noExplicitAny: free-form AWS API parameters, asserted by path
  readonly parameters: any;
  readonly physicalResourceId?: { readonly id?: string; readonly responsePath?: string };
}

/**
 * The SDK call of an AwsCustomResource (`Create`/`Update` property): a JSON string, or an
 * Fn::Join when it embeds a token, whose tokens become "<Ref:LogicalId>" placeholders.
 */
export function sdkCall(property: unknown): SdkCallJson {
  if (typeof property === 'string') return JSON.parse(property);
  const join = (property as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  const text = join[1]
    .map((part) => (typeof part === 'string' ? part : `<Ref:${JSON.stringify(part).replace(/"/g, "'")}>`))
    .join(join[0]);
  return JSON.parse(text);
}

/** Every AwsCustomResource's create call in a template. */
export function sdkCalls(template: Template): SdkCallJson[] {
  return Object.values(template.findResources('Custom::AWS')).map((r) => sdkCall(r.Properties.Create));
}
